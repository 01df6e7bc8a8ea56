import { createHash } from "node:crypto";

/**
 * The version of a stored definition as an administrator saw it: a short hash of its JSON with
 * keys sorted, or null when there is none. A change names the version it was made over; if the
 * definition moved on since, the change is refused (`definition.conflict`) instead of overwriting.
 * A hash rather than a counter, because definitions are stored whole (JSON, rows by code) and
 * imported from files as well as edited here.
 */
export function definitionVersion(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return createHash("sha256").update(canonicalJson(value)).digest("hex").slice(0, 16);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
