import type { Dayjs } from "dayjs";
import type { UnitActInput, UnitView } from "../../api/contract.ts";

/** The acts an administrator can take on the unit picked in the tree, in menu order. */
export const ACTS = ["add", "rename", "move", "merge", "split", "dissolve"] as const;
export type ActName = (typeof ACTS)[number];

/** A unit as the list of the page's date gives it, with the version a change names. */
export type VersionedUnit = UnitView & { version: string };

/** One receiving unit of a split: an existing unit, or a new one by code and name. */
export interface ShareForm {
  readonly mode: "existing" | "new";
  readonly unit?: string;
  readonly code?: string;
  readonly nameVi?: string;
  readonly weight?: number;
}

/** What the act forms hold (each act uses its own fields). */
export interface ActForm {
  readonly date?: Dayjs;
  readonly basis?: string;
  readonly comment?: string;
  readonly code?: string;
  readonly nameVi?: string;
  readonly nameEn?: string;
  readonly kind?: "province" | "district" | "commune" | "agency";
  readonly parent?: string | null;
  readonly sources?: string[];
  readonly targetMode?: "existing" | "new";
  readonly target?: string;
  readonly targets?: ShareForm[];
}

const trimmed = (text: string | undefined) => text?.trim() ?? "";

/**
 * The API's act from a form: the unit picked, its date and basis, and the version of every
 * existing unit named (as the list showed them), so a change made meanwhile is refused (409).
 * Only shapes the request: every rule is the server's (core/units), whose refusals name a field.
 */
export function actRequest(
  act: ActName,
  picked: VersionedUnit,
  form: ActForm,
  units: readonly VersionedUnit[],
): UnitActInput {
  const versionsOf = (codes: readonly (string | undefined)[]) =>
    Object.fromEntries(
      codes.flatMap((code) => {
        const unit = units.find((u) => u.code === code);
        return unit ? [[unit.code, unit.version]] : [];
      }),
    );
  const newUnit = (code: string, nameVi: string, nameEn = "") => ({
    code: trimmed(code),
    nameVi: trimmed(nameVi),
    nameEn: trimmed(nameEn) || trimmed(nameVi),
    kind: picked.kind as "commune",
    parent: picked.parent,
  });
  const base = {
    date: form.date?.format("YYYY-MM-DD") ?? "",
    ...(trimmed(form.basis) ? { basis: trimmed(form.basis) } : {}),
    ...(trimmed(form.comment) ? { comment: trimmed(form.comment) } : {}),
  };
  switch (act) {
    case "add":
      return {
        ...base,
        act,
        unit: {
          code: trimmed(form.code),
          nameVi: trimmed(form.nameVi),
          nameEn: trimmed(form.nameEn) || trimmed(form.nameVi),
          kind: form.kind ?? "commune",
          parent: picked.code,
        },
        versions: {},
      };
    case "rename":
      return {
        ...base,
        act,
        unit: picked.code,
        nameVi: trimmed(form.nameVi),
        nameEn: trimmed(form.nameEn) || trimmed(form.nameVi),
        versions: versionsOf([picked.code]),
      };
    case "move":
      return {
        ...base,
        act,
        unit: picked.code,
        parent: form.parent ?? null,
        versions: versionsOf([picked.code]),
      };
    case "dissolve":
      return { ...base, act, unit: picked.code, versions: versionsOf([picked.code]) };
    case "merge": {
      const sources = [...new Set(form.sources ?? [])];
      const isNew = form.targetMode === "new";
      const target = isNew ? trimmed(form.code) : (form.target ?? picked.code);
      return {
        ...base,
        act,
        sources,
        target,
        ...(isNew ? { newUnits: [newUnit(target, form.nameVi ?? "", form.nameEn)] } : {}),
        versions: versionsOf([...sources, target]),
      };
    }
    case "split": {
      const shares = form.targets ?? [];
      const targets = shares.map((s) => ({
        unit: s.mode === "new" ? trimmed(s.code) : (s.unit ?? ""),
        weight: s.weight ?? 0,
      }));
      const newUnits = shares
        .filter((s) => s.mode === "new")
        .map((s) => newUnit(s.code ?? "", s.nameVi ?? ""));
      return {
        ...base,
        act,
        source: picked.code,
        targets,
        ...(newUnits.length > 0 ? { newUnits } : {}),
        versions: versionsOf([picked.code, ...targets.map((t) => t.unit)]),
      };
    }
  }
}
