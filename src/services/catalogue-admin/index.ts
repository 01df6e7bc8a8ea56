export { CatalogueAdmin, type CatalogueAdminDeps } from "./catalogue-admin.ts";
export {
  type CatalogueDefinitions,
  catalogueDefinitions,
  type Versioned,
} from "./catalogue-definitions.ts";
export type { CatalogueEdit } from "./catalogue-edit.ts";
export { checkExpression, type ExpressionCheck } from "./check-expression.ts";
export { editToChange } from "./edit-to-change.ts";
export type { FigurePreview, PreviewAt } from "./figure-preview.ts";
