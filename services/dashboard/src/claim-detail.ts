import { type ClaimStatusDetail, type Db, findClaimStatus, listClaimObservations, listValueSources, type ObservationDetail } from "@claimwatch/db";

/** An observation as the API and pages show it (the paging cursor stays inside). */
export type ObservationView = Omit<ObservationDetail, "cursor_at">;

export type ClaimDetail = {
  claim: ClaimStatusDetail;
  /** Every distinct value, oldest first, with its newest sources. */
  values: (ClaimStatusDetail["values"][number] & { recent_sources: ObservationView[] })[];
  /** Newest first, one page of them. */
  observations: ObservationView[];
  observations_total: number;
  /** Pass as `before` to get the next (older) page; null on the last page. */
  next_before: string | null;
  alerts: ClaimStatusDetail["alerts"];
};

export const SOURCES_PER_VALUE = 5;

function toView({ cursor_at: _cursor, ...o }: ObservationDetail): ObservationView {
  return o;
}

/** "2025-06-01 10:00:00+00~123" -> { at, id }; undefined when it is not such a cursor. */
export function parseCursor(text: string | undefined): { at: string; id: number } | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}(?::?\d{2})?)?)~(\d{1,15})$/.exec(text ?? "");
  return m ? { at: m[1] as string, id: Number(m[2]) } : undefined;
}

/**
 * A claim as its page and `/api/claims/:key` show it: the claim_status row, its values with
 * their newest sources, one page of observations and its alerts. Undefined for an unknown claim.
 */
export async function loadClaimDetail(
  db: Db,
  key: string,
  opts: { limit: number; before?: string | undefined },
): Promise<ClaimDetail | undefined> {
  const before = parseCursor(opts.before);
  // Three independent reads on three pooled connections; an unknown claim finds nothing in any.
  const [claim, page, sources] = await Promise.all([
    findClaimStatus(db, key),
    listClaimObservations(db, { claim: key, limit: opts.limit + 1, ...(before ? { before } : {}) }),
    listValueSources(db, key, SOURCES_PER_VALUE),
  ]);
  if (!claim) return undefined;
  const shown = page.slice(0, opts.limit);
  const last = shown.at(-1);
  return {
    claim,
    values: claim.values.map((v) => ({ ...v, recent_sources: (sources.get(v.value_key) ?? []).map(toView) })),
    observations: shown.map(toView),
    observations_total: claim.observations,
    next_before: page.length > opts.limit && last ? `${last.cursor_at}~${last.id}` : null,
    alerts: claim.alerts,
  };
}
