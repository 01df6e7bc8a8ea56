import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { catalogueJsonSchema } from "../../src/formats/json-schema.ts";

it("publishes the catalogue's JSON Schema as generated from the import schema (run npm run schemas)", () => {
  const published = JSON.parse(
    readFileSync(join(import.meta.dirname, "../../docs/formats/catalogue.schema.json"), "utf8"),
  );
  expect(published).toEqual(catalogueJsonSchema());
});
