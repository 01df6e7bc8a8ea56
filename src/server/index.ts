export { type AppDeps, buildApp } from "./app.ts";
export { parseSessionHours } from "./auth/index.ts";
export { LOG_LEVELS, type LogLevel, parseLogLevel } from "./logging.ts";
export { parseTrustProxy, type TrustProxy } from "./trust-proxy.ts";
