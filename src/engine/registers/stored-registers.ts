import type {
  CapitalPlan,
  Commitment,
  Disbursement,
  Project,
  RegisterData,
  SiteClearance,
  Task,
  TaskProgress,
} from "../../core/registers/index.ts";
import type { Repositories, Versioned } from "../../store/index.ts";

/** Everything the registers hold, as stored (with versions). */
export interface StoredRegisters {
  readonly projects: Versioned<Project>[];
  readonly capitalPlans: Versioned<CapitalPlan>[];
  readonly commitments: Versioned<Commitment>[];
  readonly disbursements: Versioned<Disbursement>[];
  readonly siteClearance: Versioned<SiteClearance>[];
  readonly tasks: Versioned<Task>[];
  readonly taskProgress: TaskProgress[];
}

/** The repositories of the registers, over one connection or transaction. */
export function registerRepositories(repos: Repositories) {
  return {
    projects: repos.projects,
    capitalPlans: repos.capitalPlans,
    commitments: repos.commitments,
    disbursements: repos.disbursements,
    siteClearance: repos.siteClearance,
    tasks: repos.tasks,
    taskProgress: repos.taskProgress,
  };
}

/** Reads every register. A town's registers hold hundreds of rows, not millions. */
export async function loadRegisters(repos: Repositories): Promise<StoredRegisters> {
  const r = registerRepositories(repos);
  return {
    projects: await r.projects.list(),
    capitalPlans: await r.capitalPlans.list(),
    commitments: await r.commitments.list(),
    disbursements: await r.disbursements.list(),
    siteClearance: await r.siteClearance.list(),
    tasks: await r.tasks.list(),
    taskProgress: await r.taskProgress.list(),
  };
}

/** The project-side registers, for figures and findings. */
export function registerData(stored: StoredRegisters): RegisterData {
  return {
    projects: stored.projects,
    capitalPlans: stored.capitalPlans,
    commitments: stored.commitments,
    disbursements: stored.disbursements,
    siteClearance: stored.siteClearance,
  };
}
