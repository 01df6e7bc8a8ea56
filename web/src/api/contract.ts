/** The API contract shared with the server: routes, schemas' types and the typed client. */
export * from "../../../src/server/contract/index.ts";
