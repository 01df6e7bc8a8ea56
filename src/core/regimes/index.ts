export { checkRegime, type RegimeContext } from "./check-regime.ts";
export {
  FREQUENCY_VI,
  filedFormName,
  filedPeriod,
  filingMonth,
  isFiledIn,
  nextFilingMonth,
} from "./filed-in.ts";
export type { ReportingRegime } from "./regime.ts";
