// The compare worker on the real Postgres: what becomes an observation, what raises an alert, and
// that concurrent workers and retries never raise one twice.
import { loadCatalog } from "@claimwatch/claims";
import { type Alert, listAlertsForClaim, listClaimStatus, upsertClaims } from "@claimwatch/db";
import { createTestDb, makeFigure, seedArticle } from "@claimwatch/db/testing";
import { type JobRef, runJob } from "@claimwatch/queue";
import { createLogger } from "@claimwatch/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticleMatchHandler } from "./article-match.job.ts";

const log = createLogger({ service: "test", level: "silent" });
const catalog = loadCatalog();

describe("article-match", () => {
  let h: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    h = await createTestDb("postgres");
    await upsertClaims(h.db, catalog.claims);
  });
  afterAll(async () => h?.dispose());

  const handler = () => createArticleMatchHandler({ db: h.db, catalog, now: () => new Date() });
  const queued: JobRef[] = [];
  const ctx = (id: number) => ({
    jobId: `article-match-${id}`,
    attempt: 1,
    log,
    enqueue: async (def: { name: string }, payload: unknown) => {
      const ref = { queue: def.name, id: JSON.stringify(payload) };
      queued.push(ref);
      return ref;
    },
  });
  const match = async (articleId: number) => (await runJob(handler(), { articleId }, ctx(articleId))).counts;
  const summary = (alerts: Alert[]) => alerts.map((a) => ({ kind: a.kind, value: a.value }));

  it("records a figure that agrees with the baseline and raises nothing", async () => {
    expect(await match(await seedArticle(h.db, [makeFigure("student_visas_2024", 8600)]))).toMatchObject({ observations: 1, agreeing: 1, alertsRaised: 0 });
    expect(await listAlertsForClaim(h.db, "student_visas_2024")).toEqual([]);
    expect((await listClaimStatus(h.db)).find((r) => r.claim === "student_visas_2024")?.status).toBe("confirmed");
  });

  it("raises one alert for a new value and adds later sources of that value to it", async () => {
    queued.length = 0;
    expect(await match(await seedArticle(h.db, [makeFigure("students_enrolled", 400)]))).toMatchObject({ alertsRaised: 1 });
    const [alert] = await listAlertsForClaim(h.db, "students_enrolled");
    expect(queued).toEqual([{ queue: "alert-send", id: JSON.stringify({ alertId: alert!.id }) }]);
    expect(await match(await seedArticle(h.db, [makeFigure("students_enrolled", 405)]))).toMatchObject({ alertsRaised: 0, corroborations: 1 });
    expect(summary(await listAlertsForClaim(h.db, "students_enrolled"))).toEqual([{ kind: "change", value: 400 }]);
    const row = (await listClaimStatus(h.db)).find((r) => r.claim === "students_enrolled");
    expect(row).toMatchObject({ status: "changed", sources: 2 });
  });

  it("raises a conflict when a second different value arrives, and the claim becomes conflicting", async () => {
    await match(await seedArticle(h.db, [makeFigure("orlov_deal_workers", 80)]));
    await match(await seedArticle(h.db, [makeFigure("orlov_deal_workers", 120)]));
    expect(summary(await listAlertsForClaim(h.db, "orlov_deal_workers"))).toEqual([
      { kind: "change", value: 80 },
      { kind: "conflict", value: 120 },
    ]);
    expect((await listClaimStatus(h.db)).find((r) => r.claim === "orlov_deal_workers")?.status).toBe("conflicting");
  });

  it("decides nothing twice when the job runs again", async () => {
    const article = await seedArticle(h.db, [makeFigure("nk_troops_additional", 6000), makeFigure("kyiv_strike_killed", 12)]);
    expect(await match(article)).toMatchObject({ observations: 2, alertsRaised: 1 });
    expect(await match(article)).toMatchObject({ observations: 0, alertsRaised: 0 });
    expect(await listAlertsForClaim(h.db, "nk_troops_additional")).toHaveLength(1);
  });

  it("counts a figure repeated in teaser and body once", async () => {
    const article = await seedArticle(h.db, [makeFigure("companies_employing", 150, { qualifier: "at_least" }), makeFigure("companies_employing", 150, { qualifier: "at_least" })]);
    expect(await match(article)).toMatchObject({ observations: 1, alertsRaised: 1 });
  });

  it("raises one alert when many workers see the same new value at once", async () => {
    const articles = await Promise.all(Array.from({ length: 8 }, () => seedArticle(h.db, [makeFigure("nk_troops_first", 15000)])));
    // Eight handlers with their own database sessions, all at once: only the claim lock orders them.
    const results = await Promise.all(articles.map((id) => runJob(handler(), { articleId: id }, ctx(id))));
    expect(results.reduce((n, r) => n + (r.counts?.alertsRaised ?? 0), 0)).toBe(1);
    expect(results.reduce((n, r) => n + (r.counts?.corroborations ?? 0), 0)).toBe(7);
    expect(summary(await listAlertsForClaim(h.db, "nk_troops_first"))).toEqual([{ kind: "change", value: 15000 }]);
  });
});
