import { isIP } from "node:net";
import { BaocaoError } from "../core/errors.ts";

/** Which proxies the server believes about the client's address: a hop count or their addresses. */
export type TrustProxy = number | readonly string[];

// proxy-addr's (Fastify's) names for address ranges.
const RANGE_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

/**
 * Reads `--trust-proxy` / `BAOCAO_TRUST_PROXY`: a number of proxy hops in front of the server
 * ("1" for one nginx), or a comma-separated list of the proxies' addresses or networks
 * ("127.0.0.1", "10.0.0.0/8,loopback"). Undefined when empty. "Trust everyone" is not offered:
 * with it any client reaching the server directly could choose its address and slip the login
 * limit.
 *
 * @example parseTrustProxy("1") // 1
 * @example parseTrustProxy("127.0.0.1, 10.0.0.0/8") // ["127.0.0.1", "10.0.0.0/8"]
 */
export function parseTrustProxy(text: string | undefined): TrustProxy | undefined {
  const value = text?.trim() ?? "";
  if (value === "") return undefined;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops >= 1 && hops <= 10) return hops;
    throw invalid(value);
  }
  const entries = value.split(",").map((e) => e.trim());
  if (!entries.every(isAddressOrRange)) throw invalid(value);
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = "", prefix, extra] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

function invalid(value: string): BaocaoError {
  return new BaocaoError(
    "server.invalid_trust_proxy",
    `Giá trị tin cậy proxy "${value}" không hợp lệ: ghi số lớp proxy đứng trước máy chủ (1 đến 10), hoặc địa chỉ IP/mạng của proxy cách nhau bằng dấu phẩy (ví dụ 127.0.0.1 hoặc 10.0.0.0/8,loopback).`,
    { value },
  );
}

/**
 * Fastify's `trustProxy` for a setting. A hop count becomes "trust the nearest `hops` addresses"
 * (Fastify itself now refuses a bare count, since a client that reaches the server directly
 * could then claim any address: the count is safe only when the server listens where the proxy
 * alone can reach it, `--host 127.0.0.1`; docs/deployment.md says so).
 */
export function fastifyTrustProxy(
  setting: TrustProxy | undefined,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (setting === undefined) return false;
  if (typeof setting === "number") return (_address, hop) => hop < setting;
  return [...setting];
}
