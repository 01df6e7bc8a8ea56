export { codeName } from "./codes.ts";
export { en } from "./en.ts";
export { type Language, LanguageProvider, type Translate, useI18n } from "./language.tsx";
export { type Named, nameIn } from "./name-in.ts";
export { type MessageKey, vi } from "./vi.ts";
