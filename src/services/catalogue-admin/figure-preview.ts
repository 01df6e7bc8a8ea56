import type { Engine, QueryRequest, QueryRow } from "../../engine/index.ts";
import type { DefinitionChange } from "../definitions/index.ts";

/** Where the preview reads an indicator's figure: a unit and a month. */
export interface PreviewAt {
  readonly unit: string;
  readonly period: string;
}

/** An indicator's figure (the month's value and the year to date) before and after a change. */
export interface FigurePreview {
  readonly indicator: string;
  readonly unit: string;
  readonly period: string;
  readonly before: { readonly value: number | null; readonly ytd: number | null };
  readonly after: { readonly value: number | null; readonly ytd: number | null };
}

async function figure(
  read: (request: QueryRequest) => Promise<readonly QueryRow[]>,
  request: QueryRequest,
): Promise<FigurePreview["before"]> {
  const row = (await read(request)).find(
    (r) => r.indicator === request.indicators?.[0] && r.disaggregation === "",
  );
  return { value: row?.value?.value ?? null, ytd: row?.ytd?.value ?? null };
}

/**
 * Adds to a dry run of an indicator's change the figure it gives at `at`, read inside the dry
 * run's transaction (aggregates rebuilt with the new rules) and compared with the figure now:
 * "the town's figure for last month before → after". Gives the change to run and a getter of
 * the preview once it has run.
 */
export async function withFigurePreview(
  engine: Engine,
  change: DefinitionChange,
  indicator: string,
  at: PreviewAt,
): Promise<{ change: DefinitionChange; preview: () => FigurePreview | undefined }> {
  const request: QueryRequest = {
    indicators: [indicator],
    units: [at.unit],
    periods: [at.period],
    measures: ["value", "ytd"],
  };
  const before = engine.catalogue.byCode.has(indicator)
    ? await figure((r) => engine.query(r), request)
    : { value: null, ytd: null };
  let after: FigurePreview["after"] | undefined;
  return {
    change: {
      ...change,
      extra: async (repos) => {
        await change.extra?.(repos);
        after = await figure(
          (r) => engine.queryWithin(repos, engine.units, r, { storedCatalogue: true }),
          request,
        );
      },
    },
    preview: () => (after ? { indicator, ...at, before, after } : undefined),
  };
}
