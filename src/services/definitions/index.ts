export {
  changeDefinitions,
  type DefinitionAdministrator,
  type DefinitionChange,
  type DefinitionChangeResult,
  type DefinitionEdit,
  requireDefinitionManager,
} from "./change-definitions.ts";
export { definitionVersion } from "./definition-version.ts";
