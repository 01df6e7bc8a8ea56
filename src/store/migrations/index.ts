import type { Kysely, Migration, MigrationProvider } from "kysely";
import * as initial from "./20261125T120000-initial.ts";
import * as rulesRegimes from "./20261125T130000-rules-regimes.ts";
import * as registers from "./20261125T140000-registers.ts";
import * as reports from "./20261125T150000-reports.ts";
import * as auth from "./20261125T160000-auth.ts";
import * as dataEpoch from "./20261125T165000-data-epoch.ts";
import * as definitionsEpoch from "./20261125T180000-definitions-epoch.ts";
import * as dataEpochSequence from "./20261202T120000-data-epoch-sequence.ts";
import * as submissions from "./20261203T080000-submissions.ts";
import * as userAdmin from "./20261203T090000-user-admin.ts";
import * as documentNumbers from "./20261203T100000-document-numbers.ts";
import * as reminders from "./20261203T130000-reminders.ts";
import * as definitionAudit from "./20261203T160000-definition-audit.ts";
import * as submissionsEpoch from "./20261203T170000-submissions-epoch.ts";
import * as targetKinds from "./20261203T171500-target-kinds.ts";
import * as reportSections from "./20261204T170000-report-sections.ts";
import * as sessionsEpoch from "./20261204T230000-sessions-epoch.ts";
import type { DialectName } from "./dialect-name.ts";

/** A migration; one that needs engine-specific SQL is told the engine. */
interface StoreMigration {
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
  down?(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}

/**
 * Every migration, by its timestamped name. Listed here rather than read from disk so the same
 * list works from source, from a bundle and in tests; a new file must sort after the newest.
 */
export const migrations: Readonly<Record<string, StoreMigration>> = {
  "20261125T120000-initial": initial,
  "20261125T130000-rules-regimes": rulesRegimes,
  "20261125T140000-registers": registers,
  "20261125T150000-reports": reports,
  "20261125T160000-auth": auth,
  "20261125T165000-data-epoch": dataEpoch,
  "20261125T180000-definitions-epoch": definitionsEpoch,
  "20261202T120000-data-epoch-sequence": dataEpochSequence,
  "20261203T080000-submissions": submissions,
  "20261203T090000-user-admin": userAdmin,
  "20261203T100000-document-numbers": documentNumbers,
  "20261203T130000-reminders": reminders,
  "20261203T160000-definition-audit": definitionAudit,
  "20261203T170000-submissions-epoch": submissionsEpoch,
  "20261203T171500-target-kinds": targetKinds,
  "20261204T170000-report-sections": reportSections,
  "20261204T230000-sessions-epoch": sessionsEpoch,
};

/** Kysely's provider over the static list, each migration told the engine it runs on. */
export function migrationProvider(dialect: DialectName): MigrationProvider {
  return {
    getMigrations: async () =>
      Object.fromEntries(
        Object.entries(migrations).map(([name, m]): [string, Migration] => [
          name,
          {
            up: (db) => m.up(db, dialect),
            ...(m.down
              ? { down: (db: Kysely<unknown>) => m.down?.(db, dialect) ?? Promise.resolve() }
              : {}),
          },
        ]),
      ),
  };
}
