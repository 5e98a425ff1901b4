import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";

const COOKIE = "claimwatch_token";

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * With a token configured, every page and API call needs `Authorization: Bearer <token>` or the
 * cookie the login form sets; browsers asking for a page are sent to the form, API calls get 401.
 */
export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token || c.req.path === "/login") return next();
    const header = c.req.header("authorization") ?? "";
    const bearer = header.startsWith("Bearer ") ? header.slice(7) : "";
    const cookie = getCookie(c, COOKIE) ?? "";
    if (same(bearer, token) || same(cookie, token)) return next();
    if (c.req.path.startsWith("/api/") || !(c.req.header("accept") ?? "").includes("text/html")) {
      return c.json({ error: "unauthorized: send Authorization: Bearer <DASHBOARD_TOKEN>" }, 401);
    }
    return c.redirect("/login", 303);
  };
}

export function loginPage(error: boolean): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>claimwatch: sign in</title></head>
<body><form method="post" action="/login"><h1>claimwatch</h1>
${error ? '<p role="alert">That token is not right.</p>' : ""}
<label>Dashboard token <input type="password" name="token" autocomplete="current-password" required></label>
<button type="submit">Sign in</button></form></body></html>`;
}

export function acceptLogin(token: string | undefined): MiddlewareHandler {
  return async (c) => {
    const form = await c.req.parseBody();
    const given = typeof form.token === "string" ? form.token : "";
    if (!token || !same(given, token)) return c.html(loginPage(true), 401);
    setCookie(c, COOKIE, token, { httpOnly: true, sameSite: "Strict", path: "/", secure: new URL(c.req.url).protocol === "https:" });
    return c.redirect("/", 303);
  };
}
