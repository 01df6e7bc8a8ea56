import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import helmet from "helmet";
import { servedOverHttps } from "./auth/cookie.ts";

/**
 * The Content Security Policy the web app is built to satisfy: its scripts are files of its own
 * origin (no inline script: the service worker is registered from a module, the splash is plain
 * HTML). Styles may be inline because antd writes its CSS-in-JS into `<style>` elements and the
 * report preview (a sandboxed `srcdoc` frame, which inherits this policy) carries its own
 * `<style>`. Framing is allowed only by the app itself (the preview frame); no other site can
 * frame a signed-in page (clickjacking).
 */
export const CONTENT_SECURITY_POLICY = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'"],
  "manifest-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'self'"],
} as const;

/**
 * Security headers on every answer (issue 12): the CSP above, `X-Content-Type-Options: nosniff`,
 * `X-Frame-Options: SAMEORIGIN`, `Referrer-Policy: same-origin` (report and unit codes in URLs stay
 * on the site), and `Cache-Control: no-store` on the API (figures and sessions are not kept by
 * shared caches or the browser's back button; a route that sets its own keeps it). `Strict-
 * Transport-Security` only on answers over HTTPS (see `servedOverHttps`): a server reached by
 * address over plain HTTP must not pin HTTPS.
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: { readonly secureCookies: boolean },
): Promise<void> {
  const headers = HELMET_HEADERS;
  app.addHook("onRequest", (request, reply, done) => {
    reply.headers(headers);
    if (request.url.startsWith("/api/")) reply.header("cache-control", "no-store");
    if (servedOverHttps(request, options.secureCookies)) {
      reply.header("strict-transport-security", "max-age=31536000");
    }
    done();
  });
}

/**
 * Helmet's headers for our options, worked out once: they depend on nothing in the request (no
 * CSP nonces), and the Fastify plugin rebuilt the middleware and re-parsed the CSP on every
 * request (5 % of a cached read's CPU under load, issue 19).
 */
const HELMET_HEADERS: Readonly<Record<string, string>> = headersOf(
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: "sameorigin" },
    referrerPolicy: { policy: "same-origin" },
    strictTransportSecurity: false,
    // Cross-origin isolation headers would block nothing we serve and can break downloads.
    crossOriginEmbedderPolicy: false,
  }),
);

/** The headers a Connect-style middleware sets, run once on a stand-in answer. */
function headersOf(
  middleware: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void,
): Record<string, string> {
  const set: Record<string, string> = {};
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      set[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
      return res;
    },
    removeHeader(name: string) {
      delete set[name.toLowerCase()];
    },
  };
  const req = { method: "GET", url: "/", headers: {} };
  middleware(req as IncomingMessage, res as unknown as ServerResponse, (error) => {
    if (error) throw error;
  });
  return set;
}
