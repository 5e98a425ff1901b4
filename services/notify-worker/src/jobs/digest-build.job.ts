import { renderDigestEmail } from "@claimwatch/alerts";
import { type Db, findLatestNotice, insertNotice, listClaimDefinitions, listDigestItems } from "@claimwatch/db";
import type { Claim } from "@claimwatch/domain";
import { digestBuild, handlerFor, type HandlerEntry, noticeSend } from "@claimwatch/queue";
import type { DigestPayload } from "./notice-send.job.ts";

export type DigestDeps = { db: Db; alertTo: string[]; dashboardUrl: string; timeZone: string; now: () => Date };

/**
 * Gathers what happened since the last digest: alerts waiting for it (new values, conflicts) and
 * sources that joined earlier alerts. Renders one digest for the day and queues it; a second run
 * on the same day finds the day's digest already there and sends nothing.
 */
export function createDigestBuildHandler(deps: DigestDeps): HandlerEntry {
  return handlerFor(digestBuild, async (_payload, ctx) => {
    const until = deps.now();
    const previous = await findLatestNotice(deps.db, "digest");
    const since = previous ? new Date((previous.payload as DigestPayload).until) : new Date(0);
    const items = await listDigestItems(deps.db, since, until);
    if (items.newValues.length === 0 && items.corroborations.length === 0) return { status: "skipped", reason: "nothing new since the last digest" };

    const claims = await listClaimDefinitions(deps.db);
    const claimOf = (key: string) => claims.get(key) as Claim;
    const used = new Set([...items.newValues, ...items.corroborations].map((i) => i.alert.claimKey));
    const to = [...new Set([...deps.alertTo, ...[...used].flatMap((k) => claimOf(k).recipients ?? [])])];
    const date = dayIn(until, deps.timeZone);
    const email = renderDigestEmail({
      date,
      recipients: to,
      dashboardUrl: deps.dashboardUrl,
      newValues: items.newValues.map((v) => ({
        alertId: String(v.alert.id),
        kind: v.alert.kind === "conflict" ? "conflict" : "change",
        claim: claimOf(v.alert.claimKey),
        figure: { value: v.alert.value, low: v.alert.low, high: v.alert.high, unit: v.alert.unit as Claim["unit"], qualifier: v.alert.qualifier as Claim["baseline"]["qualifier"], currency: v.alert.currency, quote: v.quote },
        article: { title: v.title, outlet: v.outlet, url: v.url, published: null },
      })),
      corroborations: items.corroborations.map((c) => ({
        alertId: String(c.alert.id),
        claim: claimOf(c.alert.claimKey),
        figure: { value: c.alert.value, low: c.alert.low, high: c.alert.high, unit: c.alert.unit as Claim["unit"], qualifier: c.alert.qualifier as Claim["baseline"]["qualifier"], currency: c.alert.currency },
        source: { title: c.title, outlet: c.outlet, url: c.url, published: null },
        quote: c.quote,
        sourceCount: items.corroborations.filter((o) => o.alert.id === c.alert.id).length + 1,
      })),
    });
    const payload: DigestPayload = { date, since: since.toISOString(), until: until.toISOString(), alertIds: items.newValues.map((v) => v.alert.id), to, email };
    const { notice, isNew } = await insertNotice(deps.db, { dedupKey: `digest:${date}`, kind: "digest", payload });
    if (!isNew) return { status: "skipped", reason: `the digest of ${date} exists already` };
    await ctx.enqueue(noticeSend, { noticeId: notice.id });
    return { status: "done", counts: { digestNewValues: items.newValues.length, digestCorroborations: items.corroborations.length } };
  });
}

/** YYYY-MM-DD of an instant in a time zone. */
function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}
