export { type AppDeps, buildApp } from "./app.ts";
export { parseTrustProxy, type TrustProxy } from "./trust-proxy.ts";
