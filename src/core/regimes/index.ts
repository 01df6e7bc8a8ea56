export { checkRegime, type RegimeContext } from "./check-regime.ts";
export { FREQUENCY_VI, filedFormName, isFiledIn } from "./filed-in.ts";
export {
  FREQUENCIES,
  type Frequency,
  frequencyOf,
  frequencyPeriod,
} from "./frequency.ts";
export type { ReportingRegime } from "./regime.ts";
export { filedPeriod, filingMonth, nextFilingMonth } from "./when-filed.ts";
