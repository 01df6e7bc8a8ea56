import { BaocaoError, isBaocaoError } from "../../core/errors.ts";
import { defineTargets, type Target, type TargetProblem } from "../../core/targets/index.ts";
import type { Engine } from "../../engine/index.ts";
import {
  fileProblemsError,
  readTargetsWorkbook,
  TARGETS_SHEET,
  type TargetsWorkbookEntry,
  targetCellKey,
  writeTargetsWorkbook,
} from "../../formats/index.ts";
import { type DefinitionAdministrator, definitionVersion } from "../definitions/index.ts";
import type { TargetAccess } from "./target-access.ts";
import type { TargetAdmin } from "./target-admin.ts";
import { targetLines } from "./target-sheet.ts";

/** What confirming an uploaded cell would do. */
export interface TargetUploadChange {
  readonly cell: string;
  readonly target: Target;
  /** `conflict`: the stored target changed after the workbook was downloaded; never written. */
  readonly kind: "new" | "changed" | "unchanged" | "conflict";
  readonly stored: number | null;
}

/** The preview of an uploaded workbook, and whether it was written (`confirm`). */
export interface TargetUploadResult {
  readonly unit: string;
  readonly year: number;
  readonly changes: readonly TargetUploadChange[];
  readonly counts: {
    readonly new: number;
    readonly changed: number;
    readonly unchanged: number;
    readonly conflict: number;
  };
  readonly written: boolean;
}

/**
 * The row's "Văn bản giao": written only when every target of the row names the same one, since
 * the upload gives a filled source to every kind of its row (and an empty one keeps each).
 */
function sharedSource(targets: readonly Target[]): { source?: string } {
  const sources = new Set(targets.map((t) => t.source ?? ""));
  const [only] = [...sources];
  return sources.size === 1 && only ? { source: only } : {};
}

/** "Tải mẫu Excel" and its upload: a year's targets of a unit from a workbook, all or nothing. */
export class TargetsWorkbook {
  constructor(
    private readonly engine: Engine,
    private readonly access: TargetAccess,
    private readonly admin: TargetAdmin,
  ) {}

  /** The workbook of a unit's targets for a year, every numeric indicator on a line. */
  async template(user: DefinitionAdministrator, unit: string, year: number): Promise<Uint8Array> {
    this.access.read(user, unit);
    await this.engine.refresh();
    const stored = await this.engine.store.repos.targets.list({ unitCodes: [unit], years: [year] });
    // Dated targets (commitments by quarter) are edited on the screen, not in the workbook.
    const undated = stored.filter((t) => t.dueDate === undefined);
    const lines = targetLines(this.engine.catalogue, undated, { all: true }).map((line) => ({
      indicator: line.indicator,
      nameVi: line.optionNameVi ? `${line.nameVi} — ${line.optionNameVi}` : line.nameVi,
      unitNameVi: line.unitNameVi,
      ...(line.option ? { option: line.option } : {}),
      values: Object.fromEntries(line.targets.map((t) => [t.kind, t.value])),
      ...sharedSource(line.targets),
    }));
    return writeTargetsWorkbook({
      unit,
      unitNameVi: this.engine.units.nameOf(unit) ?? unit,
      year,
      kinds: this.engine.targetKinds,
      lines,
      versions: Object.fromEntries(
        undated.map((t) => [
          targetCellKey(t.indicator, t.option, t.kind),
          definitionVersion(t) as string,
        ]),
      ),
    });
  }

  /**
   * Reads an uploaded workbook for `unit` and `year`, checks every cell with the core (naming
   * the cell of each problem), compares it with what is stored, and with `confirm` writes the
   * new and changed targets in one change. An empty cell leaves a stored target as it is.
   */
  async upload(
    admin: DefinitionAdministrator,
    unit: string,
    year: number,
    file: { name: string; bytes: Uint8Array },
    confirm: boolean,
  ): Promise<TargetUploadResult> {
    this.access.manage(admin, unit);
    await this.engine.refresh();
    const read = await readTargetsWorkbook(file.bytes, file.name);
    const mismatch = (cell: string, message: string) =>
      fileProblemsError([
        { file: file.name, field: `${TARGETS_SHEET}!${cell}`, code: "xlsx.invalid", message },
      ]);
    if (read.unit !== unit)
      throw mismatch("B2", `tệp là chỉ tiêu của đơn vị "${read.unit}", không phải "${unit}".`);
    if (read.year !== year)
      throw mismatch("D2", `tệp là chỉ tiêu năm ${read.year}, không phải năm ${year}.`);
    const targets = this.check(read.entries, unit, year, file.name);
    const repos = this.engine.store.repos;
    const changes: TargetUploadChange[] = [];
    for (const [i, target] of targets.entries()) {
      const stored = await repos.targets.get(target);
      const merged: Target =
        target.source === undefined && stored?.source
          ? { ...target, source: stored.source }
          : target;
      const seen = read.versions[targetCellKey(target.indicator, target.option, target.kind)];
      const now = stored ? definitionVersion(stored) : undefined;
      const kind =
        now !== seen
          ? "conflict"
          : !stored
            ? "new"
            : now === definitionVersion(merged)
              ? "unchanged"
              : "changed";
      changes.push({
        cell: read.entries[i]?.cell ?? "",
        target: merged,
        kind,
        stored: stored?.value ?? null,
      });
    }
    const counts = {
      new: changes.filter((c) => c.kind === "new").length,
      changed: changes.filter((c) => c.kind === "changed").length,
      unchanged: changes.filter((c) => c.kind === "unchanged").length,
      conflict: changes.filter((c) => c.kind === "conflict").length,
    };
    if (confirm && counts.conflict > 0) {
      const cells = changes.filter((c) => c.kind === "conflict").map((c) => c.cell);
      throw new BaocaoError(
        "definition.conflict",
        `${cells.length} chỉ tiêu đã được người khác sửa sau khi tải mẫu Excel (${cells.slice(0, 5).join(", ")}${cells.length > 5 ? "…" : ""}); không ghi gì. Hãy tải lại mẫu Excel rồi nhập lại.`,
        { cells },
      );
    }
    const toWrite = changes.filter((c) => c.kind === "new" || c.kind === "changed");
    if (confirm && toWrite.length > 0) {
      // Each over the version the workbook was made at: a change since is refused (409).
      const saves = toWrite.map((c) => ({
        target: c.target,
        expected:
          read.versions[targetCellKey(c.target.indicator, c.target.option, c.target.kind)] ?? null,
      }));
      await this.admin.save(admin, unit, saves);
    }
    return { unit, year, changes, counts, written: confirm && toWrite.length > 0 };
  }

  /** The core's check of every cell, its problems put back on the cells they came from. */
  private check(
    entries: readonly TargetsWorkbookEntry[],
    unit: string,
    year: number,
    file: string,
  ): readonly Target[] {
    const inputs = entries.map((e) => ({
      indicator: e.indicator,
      reportingUnit: unit,
      year,
      kind: e.kind,
      value: e.value,
      ...(e.option ? { option: e.option } : {}),
      ...(e.source ? { source: e.source } : {}),
    }));
    try {
      return defineTargets(inputs, this.engine.catalogue, this.engine.targetKinds);
    } catch (error) {
      if (!isBaocaoError(error, "targets.invalid")) throw error;
      const problems = (error.details.problems as TargetProblem[]).map((p) => {
        const index = Number(/^targets\[(\d+)\]/.exec(p.path)?.[1] ?? -1);
        const cell = entries[index]?.cell ?? TARGETS_SHEET;
        return { file, field: cell, code: p.code, message: p.message };
      });
      throw problems.length > 0
        ? fileProblemsError(problems)
        : new BaocaoError("targets.invalid_workbook", error.message);
    }
  }
}
