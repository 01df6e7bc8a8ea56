export { checkRegime, type RegimeContext } from "./check-regime.ts";
export { FREQUENCY_VI, filedFormName, filedPeriod, filingMonth, isFiledIn } from "./filed-in.ts";
export type { ReportingRegime } from "./regime.ts";
