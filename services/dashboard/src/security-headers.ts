import type { MiddlewareHandler } from "hono";

// Pages are rendered on the server and run no script: nothing may load from elsewhere, and the
// only stylesheet is the dashboard's own. Bull Board is a React app with inline styles, so its
// pages get a looser policy, still limited to this origin (its Google Fonts link stays unused).
const PAGE_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");
const QUEUE_BOARD_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Content-Security-Policy and the usual hardening headers on every response. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const board = c.req.path === "/admin/queues" || c.req.path.startsWith("/admin/queues/");
    const headers = c.res.headers;
    headers.set("Content-Security-Policy", board ? QUEUE_BOARD_POLICY : PAGE_POLICY);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cross-Origin-Opener-Policy", "same-origin");
    if (!headers.has("Cache-Control")) headers.set("Cache-Control", "no-store");
  };
}
