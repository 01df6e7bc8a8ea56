import {
  type CommitmentInput,
  type ManagingLevel,
  RECORD_REGISTERS,
} from "../core/registers/index.ts";
import type { ActorAtAnyTime } from "../core/values/index.ts";
import type { Engine } from "../engine/index.ts";
import { removeRow } from "./register-removals.ts";

/** A disbursement commitment as the web form writes it: a due date and a share of the plan. */
export interface CommitmentFields {
  readonly dueDate: string;
  readonly sharePct: number;
  readonly note: string;
}

/** Whose commitment: one project's, or (project "") every project of a managing level. */
export type CommitmentScope =
  | { readonly projectCode: string; readonly managingLevel: null }
  | { readonly projectCode: ""; readonly managingLevel: ManagingLevel };

/**
 * Writes a commitment through the register write path, version-checked (0: a new due date);
 * the commitment figures are recomputed in the same transaction. Returns the new version.
 */
export async function saveCommitment(
  engine: Engine,
  scope: CommitmentScope,
  fields: CommitmentFields,
  expectedVersion: number,
  writer: ActorAtAnyTime,
): Promise<number> {
  const row = {
    ...fields,
    projectCode: scope.projectCode,
    managingLevel: scope.managingLevel,
    expectedVersion,
  } satisfies CommitmentInput;
  await engine.registers.write({ commitments: [row] }, writer);
  const { keyOf } = RECORD_REGISTERS.commitments;
  const key = keyOf(row);
  const stored = await engine.registers.stored();
  return stored.commitments.find((c) => keyOf(c) === key)?.version ?? 0;
}

/** Deletes a commitment, version-checked (`removeRow`); its figures are recomputed. */
export function removeCommitment(
  engine: Engine,
  scope: CommitmentScope,
  dueDate: string,
  expectedVersion: number,
  writer: ActorAtAnyTime,
): Promise<void> {
  return removeRow(engine, "commitments", { ...scope, dueDate }, expectedVersion, writer);
}
