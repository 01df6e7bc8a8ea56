export { checkRegime, type RegimeContext } from "./check-regime.ts";
export type { ReportingRegime } from "./regime.ts";
