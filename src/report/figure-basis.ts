/**
 * Which figures a report is composed from: every figure entered (the default, as the units typed
 * them) or only those of forms approved for the month. A leaf module: the web app bundles it.
 */
export const FIGURE_BASES = ["entered", "approved"] as const;

/** One of `FIGURE_BASES`. */
export type FigureBasis = (typeof FIGURE_BASES)[number];
