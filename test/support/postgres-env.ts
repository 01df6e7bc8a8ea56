import { redact } from "../../src/store/config.ts";

/** The PostgreSQL server the integration suites use, when the environment names one. */
export const postgresUrl = process.env.BAOCAO_TEST_DATABASE_URL;

/** Why the PostgreSQL runs are skipped, or undefined when they run. */
export const postgresSkipReason = postgresUrl
  ? undefined
  : "PostgreSQL run skipped: BAOCAO_TEST_DATABASE_URL is not set (bash .ci/run sets it)";

/** One line for the top of the test run. */
export function postgresStatusLine(): string {
  return postgresUrl
    ? `PostgreSQL suites run against ${redact(postgresUrl)}`
    : (postgresSkipReason ?? "");
}
