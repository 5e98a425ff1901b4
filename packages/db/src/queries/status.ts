import type { Qualifier, Unit } from "@claimwatch/domain";
import type { DbOrTx } from "../client.ts";
import { listClaimStatusDetails } from "./dashboard.ts";

export type ClaimStatus = "confirmed" | "changed" | "conflicting" | "no_coverage";

export type StatusValue = {
  value: number | null;
  low: number | null;
  high: number | null;
  unit: Unit;
  currency: string | null;
  qualifier: Qualifier;
};

/** One row of the `claim_status` view: the dashboard query. */
export type ClaimStatusRow = {
  claim: string;
  description: string;
  unit: Unit;
  currency: string | null;
  baseline: StatusValue & { source: string; date: string | null };
  status: ClaimStatus;
  sources: number;
  last_seen: Date | null;
  latest: (StatusValue & { verdict: string | null; quote: string; article_id: number; observed_at: string }) | null;
  values: (StatusValue & { verdict: string | null; sources: number; first_seen: string; last_seen: string })[];
  alerts: {
    id: number;
    kind: "change" | "conflict";
    value: number | null;
    low: number | null;
    high: number | null;
    unit: Unit;
    currency: string | null;
    qualifier: Qualifier;
    status: "pending" | "sending" | "sent" | "failed";
    attempts: number;
    last_error: string | null;
    created_at: string;
    sent_at: string | null;
  }[];
};

/**
 * Every active claim with its status, in catalog key order. Reads the `claim_status` view, the
 * same way the dashboard does (its rows carry the dashboard's extra columns too), so that
 * `claimwatch status` and `/api/claims` print the same thing.
 */
export async function listClaimStatus(db: DbOrTx): Promise<ClaimStatusRow[]> {
  return listClaimStatusDetails(db);
}
