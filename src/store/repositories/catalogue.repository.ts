import type { Kysely } from "kysely";
import {
  type Catalogue,
  type CatalogueInput,
  defineCatalogue,
  type Indicator,
  measureUnits,
  sumsOptions,
} from "../../core/catalogue/index.ts";
import type { Database } from "../schema.ts";

/** The kinds of catalogue entries other than indicators. */
export type EntryKind = "sub_group" | "category_set" | "measure_unit";

/**
 * Stores the validated catalogue: one row per indicator (so values can reference it) and one per
 * sub-group, category set and extra measure unit. Loading validates it again through the core.
 */
export class CatalogueRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Writes a whole catalogue, replacing entries with the same codes. */
  async save(catalogue: Catalogue): Promise<void> {
    const builtIn = new Set(measureUnits.map((u) => u.code));
    const entries: [EntryKind, readonly { code: string }[]][] = [
      ["sub_group", catalogue.subGroups],
      ["category_set", catalogue.categorySets],
      ["measure_unit", catalogue.measureUnits.filter((u) => !builtIn.has(u.code))],
    ];
    for (const [kind, items] of entries) {
      for (const [position, item] of items.entries()) {
        const definition = JSON.stringify(item);
        await this.db
          .insertInto("catalogue_entries")
          .values({ kind, code: item.code, position, definition })
          .onConflict((oc) => oc.columns(["kind", "code"]).doUpdateSet({ position, definition }))
          .execute();
      }
    }
    for (const [position, indicator] of catalogue.indicators.entries()) {
      const overUnits = indicator.aggregation.overUnits;
      const row = {
        code: indicator.code,
        sector: indicator.sector,
        position,
        unit_aggregation: overUnits.kind,
        weight_indicator: overUnits.weight ?? null,
        sums_options: sumsOptions(indicator) ? 1 : 0,
        definition: JSON.stringify(indicator),
      };
      await this.db
        .insertInto("indicators")
        .values(row)
        .onConflict((oc) => oc.column("code").doUpdateSet({ ...row, code: undefined }))
        .execute();
    }
  }

  /**
   * One stored definition as written (an indicator, or an entry of the other kinds), undefined
   * when there is none: what an administrator's edit is compared with.
   */
  async entry(kind: EntryKind | "indicator", code: string): Promise<unknown> {
    const row =
      kind === "indicator"
        ? await this.db
            .selectFrom("indicators")
            .select("definition")
            .where("code", "=", code)
            .executeTakeFirst()
        : await this.db
            .selectFrom("catalogue_entries")
            .select("definition")
            .where("kind", "=", kind)
            .where("code", "=", code)
            .executeTakeFirst();
    return row ? JSON.parse(row.definition) : undefined;
  }

  /** Reads the stored catalogue back, validated; an empty database gives an empty catalogue. */
  async load(): Promise<Catalogue> {
    const entries = await this.db
      .selectFrom("catalogue_entries")
      .selectAll()
      .orderBy("position")
      .execute();
    const indicators = await this.db
      .selectFrom("indicators")
      .select("definition")
      .orderBy("position")
      .execute();
    const of = <T>(kind: EntryKind) =>
      entries.filter((e) => e.kind === kind).map((e) => JSON.parse(e.definition) as T);
    const input: CatalogueInput = {
      indicators: indicators.map((r) => JSON.parse(r.definition) as Indicator),
      subGroups: of("sub_group"),
      categorySets: of("category_set"),
      extraUnits: of("measure_unit"),
    };
    return defineCatalogue(input);
  }
}
