import { createHmac, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { html } from "./pages/escape-html.ts";

const COOKIE = "claimwatch_session";

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** What the browser keeps: derived from the token, so a leaked cookie does not reveal the token. */
function sessionValue(token: string): string {
  return createHmac("sha256", token).update("claimwatch dashboard session v1").digest("base64url");
}

/** Paths anyone may fetch: the sign-in form and the stylesheet it uses. */
const PUBLIC = new Set(["/login", "/assets/dashboard.css"]);

/**
 * With a token configured, every page, API call and the queue board needs
 * `Authorization: Bearer <token>` or the cookie the login form sets; browsers asking for a page
 * are sent to the form, everything else gets 401.
 */
export function requireToken(token: string | undefined): MiddlewareHandler {
  const session = token ? sessionValue(token) : "";
  return async (c, next) => {
    if (!token || PUBLIC.has(c.req.path)) return next();
    const header = c.req.header("authorization") ?? "";
    const bearer = header.startsWith("Bearer ") ? header.slice(7) : "";
    const cookie = getCookie(c, COOKIE) ?? "";
    if (same(bearer, token) || same(cookie, session)) return next();
    const wantsPage = c.req.method === "GET" && !c.req.path.startsWith("/api/") && (c.req.header("accept") ?? "").includes("text/html");
    if (wantsPage) return c.redirect("/login", 303);
    c.header("WWW-Authenticate", 'Bearer realm="claimwatch"');
    return c.json({ error: "unauthorized: send Authorization: Bearer <DASHBOARD_TOKEN>" }, 401);
  };
}

export function loginPage(error: boolean): string {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>claimwatch: sign in</title><link rel="stylesheet" href="/assets/dashboard.css"></head>
<body><form class="login" method="post" action="/login"><h1>claimwatch</h1>
${error ? html`<p role="alert" class="error">That token is not right.</p>` : ""}
<label>Dashboard token <input type="password" name="token" autocomplete="current-password" required autofocus></label>
<button type="submit">Sign in</button></form></body></html>`.text;
}

export function acceptLogin(token: string | undefined): MiddlewareHandler {
  return async (c) => {
    const form = await c.req.parseBody();
    const given = typeof form.token === "string" ? form.token : "";
    if (!token || !same(given, token)) return c.html(loginPage(true), 401);
    setCookie(c, COOKIE, sessionValue(token), {
      httpOnly: true,
      sameSite: "Strict",
      path: "/",
      secure: new URL(c.req.url).protocol === "https:",
    });
    return c.redirect("/", 303);
  };
}

export function signOut(): MiddlewareHandler {
  return async (c) => {
    deleteCookie(c, COOKIE, { path: "/" });
    return c.redirect("/login", 303);
  };
}
