export { applyRegisters, type RegisterSummary } from "./apply-registers.ts";
export {
  type ApplyRegisters,
  type Checklist,
  RegisterService,
  type TaskChange,
} from "./register-service.ts";
export { REGISTER_SOURCE } from "./register-values.ts";
export type { StoredRegisters } from "./stored-registers.ts";
export type { RecordCounts } from "./write-records.ts";
