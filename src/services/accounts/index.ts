export { checkPassword, checkUsername, MIN_PASSWORD_LENGTH, unknownUser } from "./account-rules.ts";
export { type AccountSpec, Accounts, type AccountView } from "./accounts.ts";
export { oneTimePassword } from "./one-time-password.ts";
export {
  hashPassword,
  MAX_PASSWORD_LENGTH,
  verifyPassword,
  warmUpPasswords,
} from "./password.ts";
export type { RootUnit } from "./root-unit.ts";
export type { SignInHint } from "./sign-in-hint.ts";
export {
  type AdminAccount,
  type Administrator,
  UserAdmin,
  type UserAdminDeps,
} from "./user-admin.ts";
