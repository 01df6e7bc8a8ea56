import type { UnitEvent } from "../../core/units/index.ts";

/**
 * A readable id for a new event, `2025-07-01-merge-phuong-1`: the date, the act and the unit it
 * is about, with `-2`, `-3`… when that id is taken. Ids appear in messages and in the audit, so
 * they say what happened rather than being random.
 */
export function eventId(
  date: string,
  kind: UnitEvent["kind"],
  code: string,
  taken: ReadonlySet<string>,
): string {
  const slug = code
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const base = `${date}-${kind}-${slug}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
