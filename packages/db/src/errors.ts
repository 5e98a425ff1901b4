import { ClaimwatchError } from "@claimwatch/domain";

/** The database cannot be reached or opened, or its schema is not what this code expects. */
export class DatabaseError extends ClaimwatchError {}

/** Postgres' unique_violation, for callers that turn a lost race into "already there". */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}
