export type { ReportingRegime } from "./regime.ts";
