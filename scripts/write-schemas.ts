// Writes the published JSON Schemas of the file formats into docs/formats (npm run schemas).
import { writeFileSync } from "node:fs";
import { catalogueJsonSchema } from "../src/formats/json-schema.ts";

const target = new URL("../docs/formats/catalogue.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
