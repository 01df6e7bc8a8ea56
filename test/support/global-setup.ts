import { postgresStatusLine } from "./postgres-env.ts";

/** Says once, at the top of the run, whether the PostgreSQL suites run. */
export default function setup(): void {
  console.log(`\n${postgresStatusLine()}\n`);
}
