/**
 * Safe by default. The server listens on loopback unless told otherwise; then every request
 * needs the access token printed at start. On any address:
 * - the Host header must name this server (a DNS-rebinding page cannot reach a loopback server
 *   under another name);
 * - a state-changing request needs the token (the session cookie, or the x-jixiao-token header)
 *   and must come from this origin (Origin header, else Sec-Fetch-Site: same-origin);
 * - every response carries a content-security policy that allows only this server's own script,
 *   styles and images, and no framing.
 */
import { timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { ReviewWords } from "./words.js";

export const TOKEN_COOKIE = "jixiao_token";
export const TOKEN_HEADER = "x-jixiao-token";

export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export interface SecuritySettings {
  token: string;
  /** The address listened on. */
  host: string;
  /** The port listened on (known once listening). */
  port: number;
}

export function isLoopback(host: string): boolean {
  return host === "127.0.0.1" || host === "::1" || host === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token a request carries: header, cookie or (first visit) query. */
function tokenOf(c: Context): { value: string | undefined; fromQuery: boolean } {
  const header = c.req.header(TOKEN_HEADER);
  if (header) return { value: header, fromQuery: false };
  const cookie = getCookie(c, TOKEN_COOKIE);
  if (cookie) return { value: cookie, fromQuery: false };
  const q = c.req.query("token");
  return { value: q, fromQuery: q !== undefined };
}

function refuse(c: Context, status: 400 | 401 | 403, message: string) {
  return c.json({ error: message }, status);
}

/** Host names a loopback server answers to. */
function allowedHosts(s: SecuritySettings): string[] {
  if (!isLoopback(s.host)) return [];
  return [`127.0.0.1:${s.port}`, `localhost:${s.port}`, `[::1]:${s.port}`, `${s.host}:${s.port}`];
}

export function security(s: SecuritySettings, w: () => ReviewWords): MiddlewareHandler {
  return async (c, next) => {
    c.header("Content-Security-Policy", CSP);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    c.header("X-Frame-Options", "DENY");
    c.header("Cache-Control", "no-store");
    const url = new URL(c.req.url);
    const hosts = allowedHosts(s);
    if (hosts.length && !hosts.includes(url.host)) return refuse(c, 400, w().errors.badHost);

    const t = tokenOf(c);
    const valid = sameToken(t.value, s.token);
    const changing = !["GET", "HEAD", "OPTIONS"].includes(c.req.method);
    if (changing) {
      const origin = c.req.header("origin");
      const site = c.req.header("sec-fetch-site");
      const sameOrigin = origin !== undefined ? origin === url.origin : site === "same-origin";
      if (!sameOrigin) return refuse(c, 403, w().errors.forbiddenOrigin);
      if (!valid || t.fromQuery) return refuse(c, 401, w().errors.needToken);
      return next();
    }
    if (!valid && !isLoopback(s.host)) return refuse(c, 401, w().errors.needToken);
    const cookie = () => setCookie(c, TOKEN_COOKIE, s.token, { httpOnly: true, sameSite: "Strict", path: "/" });
    if (valid && t.fromQuery) {
      // the token leaves the address bar (and the history) at once: it lives in the cookie
      cookie();
      url.searchParams.delete("token");
      return c.redirect(url.pathname + (url.search || ""), 303);
    }
    // On loopback a page visit gets the session cookie, so the page's own requests can change things.
    if (!valid) cookie();
    return next();
  };
}
