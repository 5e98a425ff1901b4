import { type Db, listObservationsPage, type ObservationCursor, type ObservationDetail } from "@claimwatch/db";
import { csvRow } from "../csv.ts";

const PAGE = 5_000;
const columns = [
  "observation_id", "claim", "observed_at", "value", "low", "high", "unit", "currency", "qualifier", "verdict",
  "quote", "article_id", "title", "outlet", "url", "published_at", "alert_id", "alert_status",
] as const;

function record(o: ObservationDetail): string {
  return csvRow([
    o.id, o.claim, o.observed_at, o.value, o.low, o.high, o.unit, o.currency, o.qualifier, o.verdict,
    o.quote, o.article_id, o.title, o.outlet, o.url, o.published_at, o.alert_id, o.alert_status,
  ]);
}

/**
 * Every observation (or one claim's) as CSV, read in pages and streamed, so a million rows never
 * sit in memory. Ordered by claim, then time.
 */
export function streamObservationsCsv(db: Db, claim: string | undefined): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: ObservationCursor | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvRow([...columns])}`));
        return;
      }
      const page = await listObservationsPage(db, { limit: PAGE, ...(claim !== undefined ? { claim } : {}), ...(after ? { after } : {}) });
      if (page.length === 0) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(page.map(record).join("")));
      const last = page.at(-1) as ObservationDetail;
      after = { claim: last.claim, at: last.cursor_at, id: last.id };
      if (page.length < PAGE) controller.close();
    },
  });
}
