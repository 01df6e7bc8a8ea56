import type { Kysely } from "kysely";
import type { RecordOf, RecordRegisterName } from "../core/registers/index.ts";
import {
  CapitalPlanRepository,
  CommitmentRepository,
  DisbursementRepository,
  ProjectRepository,
} from "./repositories/project.repository.ts";
import type { RecordRepository } from "./repositories/register-audit.repository.ts";
import { SiteClearanceRepository } from "./repositories/site-clearance.repository.ts";
import { TaskRepository } from "./repositories/task.repository.ts";
import type { Database } from "./schema.ts";

/** A repository per versioned register, as the generic register code sees them. */
export type RecordRepositories = {
  readonly [N in RecordRegisterName]: RecordRepository<RecordOf<N>>;
};

/**
 * The store's part of the register definitions: each versioned register's repository, by the
 * register's name (the compiler asks for one when a register is added to `RecordTypes`).
 */
export function recordRepositories(db: Kysely<Database>) {
  return {
    projects: new ProjectRepository(db),
    capitalPlans: new CapitalPlanRepository(db),
    commitments: new CommitmentRepository(db),
    disbursements: new DisbursementRepository(db),
    siteClearance: new SiteClearanceRepository(db),
    tasks: new TaskRepository(db),
  } satisfies RecordRepositories;
}

/** The register repositories with their own methods too (a task by id). */
export type RegisterRepositories = ReturnType<typeof recordRepositories>;
