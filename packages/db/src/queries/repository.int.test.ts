import { loadCatalog } from "@claimwatch/claims";
import type { ClaimedFigure, FeedItem } from "@claimwatch/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client.ts";
import { assertSchemaCurrent } from "../check-schema.ts";
import { createTestDb, drivers } from "../testing.ts";
import {
  claimArticleUrls,
  findArticle,
  insertFeedItem,
  insertObservation,
  listAlertsForClaim,
  listClaimStatus,
  listDueAlertIds,
  lockClaim,
  markAlertSent,
  releaseAlert,
  saveArticleRead,
  setObservationAlert,
  takeAlertLease,
  upsertAlert,
  upsertClaims,
  upsertFeeds,
} from "../index.ts";

const catalog = loadCatalog();

function item(url: string, guid: string | null = null): FeedItem {
  return { url, canonicalUrl: url, guid, title: `Title of ${url}`, published: new Date("2025-06-01T10:00:00Z"), summary: null };
}

function figure(claim: string, value: number, quote = `about ${value}`): ClaimedFigure & { claim: string } {
  return { claim, value, low: null, high: null, unit: "count", qualifier: "exact", text: String(value), quote, paragraph: 0, start: 0, end: 1 };
}

function read(contentHash: string) {
  return {
    title: "t",
    publishedAt: new Date("2025-06-01T10:00:00Z"),
    language: "en",
    status: "fetched" as const,
    error: null,
    isRelevant: true,
    body: "body",
    contentHash,
    figures: [],
    mentions: [],
  };
}

describe.each(drivers)("repository on %s", (driver) => {
  let h: DbHandle & { dispose: () => Promise<void> };
  let feedId: number;

  beforeAll(async () => {
    h = await createTestDb(driver);
    await upsertClaims(h.db, catalog.claims);
    const [feed] = await upsertFeeds(h.db, [{ url: "http://127.0.0.1/feed.xml", name: "fixture" }], { disableOthers: true });
    feedId = feed!.id;
  });
  afterAll(async () => h?.dispose());

  it("reports the schema as current after migrating, and migrating again changes nothing", async () => {
    await h.migrate();
    await expect(assertSchemaCurrent(h.db)).resolves.toBeUndefined();
  });

  it("lists every catalog claim without coverage before any article", async () => {
    const rows = await listClaimStatus(h.db);
    expect(rows.map((r) => r.claim).sort()).toEqual(catalog.claims.map((c) => c.key).sort());
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["no_coverage"]));
  });

  it("treats an item as new once, whether seen again by GUID or by URL", async () => {
    const first = await insertFeedItem(h.db, feedId, item("https://a.example/1", "guid-1"), "A");
    expect(first.isNew).toBe(true);
    expect((await insertFeedItem(h.db, feedId, item("https://a.example/1-renamed", "guid-1"), "A")).isNew).toBe(false);
    const sameUrl = await insertFeedItem(h.db, feedId, item("https://a.example/1", "guid-changed"), "A");
    expect(sameUrl).toEqual({ articleId: first.articleId, isNew: false });
  });

  it("marks the second article claiming a canonical URL as a duplicate of the first", async () => {
    const a = await insertFeedItem(h.db, feedId, item("https://b.example/x"), "B");
    const b = await insertFeedItem(h.db, feedId, item("https://b.example/x?mirror=1"), "B");
    expect(await claimArticleUrls(h.db, a.articleId, ["https://b.example/story"])).toEqual({ duplicateOf: null });
    expect(await claimArticleUrls(h.db, b.articleId, ["https://b.example/story"])).toEqual({ duplicateOf: a.articleId });
  });

  it("marks an article with the same body as an earlier one as its copy", async () => {
    const a = await insertFeedItem(h.db, feedId, item("https://c.example/1"), "C");
    const b = await insertFeedItem(h.db, feedId, item("https://c.example/2"), "C");
    expect(await saveArticleRead(h.db, a.articleId, read("hash-c"))).toEqual({ duplicateOf: null });
    expect(await saveArticleRead(h.db, b.articleId, read("hash-c"))).toEqual({ duplicateOf: a.articleId });
    expect((await findArticle(h.db, b.articleId))?.status).toBe("duplicate");
  });

  it("marks an article whose body is within a few SimHash bits of an earlier one as its copy", async () => {
    const a = await insertFeedItem(h.db, feedId, item("https://g.example/1"), "G");
    const b = await insertFeedItem(h.db, feedId, item("https://g.example/2"), "G");
    const c = await insertFeedItem(h.db, feedId, item("https://g.example/3"), "G");
    const base = -0x1234_5678_9abc_def0n;
    expect(await saveArticleRead(h.db, a.articleId, { ...read("hash-g1"), simhash: base })).toEqual({ duplicateOf: null });
    // Three bits flipped: the same story, lightly edited.
    expect(await saveArticleRead(h.db, b.articleId, { ...read("hash-g2"), simhash: base ^ 0b1011n })).toEqual({ duplicateOf: a.articleId });
    // Twenty bits flipped: another story.
    expect(await saveArticleRead(h.db, c.articleId, { ...read("hash-g3"), simhash: base ^ 0xfffffn })).toEqual({ duplicateOf: null });
  });

  it("records an observation once per article, claim and value", async () => {
    const a = await insertFeedItem(h.db, feedId, item("https://d.example/1"), "D");
    const input = { articleId: a.articleId, figure: figure("students_enrolled", 130), verdict: "agrees" as const, observedAt: new Date() };
    expect(await insertObservation(h.db, input)).toBeDefined();
    expect(await insertObservation(h.db, input)).toBeUndefined();
  });

  it("raises one alert per claim and value, and leases it to one sender at a time", async () => {
    const a = await insertFeedItem(h.db, feedId, item("https://e.example/1"), "E");
    await saveArticleRead(h.db, a.articleId, read("hash-e"));
    const obs = await insertObservation(h.db, {
      articleId: a.articleId,
      figure: figure("companies_employing", 150),
      verdict: "differs",
      observedAt: new Date("2025-06-02T00:00:00Z"),
    });
    const raise = () =>
      h.db.transaction(async (tx) => {
        await lockClaim(tx, "companies_employing");
        return upsertAlert(tx, { claimKey: "companies_employing", kind: "change", figure: figure("companies_employing", 150), firstObservationId: obs!.id });
      });
    const first = await raise();
    const second = await raise();
    expect(first.isNew).toBe(true);
    expect(second).toMatchObject({ isNew: false, alert: { id: first.alert.id } });
    await setObservationAlert(h.db, obs!.id, first.alert.id);
    expect(await listAlertsForClaim(h.db, "companies_employing")).toHaveLength(1);

    expect(await listDueAlertIds(h.db)).toContain(first.alert.id);
    const lease = await takeAlertLease(h.db, first.alert.id, 60_000);
    expect(lease?.attempts).toBe(1);
    expect(await takeAlertLease(h.db, first.alert.id, 60_000)).toBeUndefined();
    await releaseAlert(h.db, first.alert.id, "421 try later");
    expect((await takeAlertLease(h.db, first.alert.id, 60_000))?.attempts).toBe(2);
    await markAlertSent(h.db, first.alert.id, "<alert-1@claimwatch>");
    expect(await takeAlertLease(h.db, first.alert.id, 60_000)).toBeUndefined();
    expect(await listDueAlertIds(h.db)).not.toContain(first.alert.id);

    const row = (await listClaimStatus(h.db)).find((r) => r.claim === "companies_employing");
    expect(row).toMatchObject({ status: "changed", sources: 1, latest: { value: 150 } });
    expect(row?.alerts).toMatchObject([{ status: "sent", value: 150 }]);
    expect(row?.values).toMatchObject([{ value: 150, sources: 1, verdict: "differs" }]);
  });

  it("lets a new sender take an alert whose previous sender's lease expired", async () => {
    const a = await insertFeedItem(h.db, feedId, item("https://f.example/1"), "F");
    const obs = await insertObservation(h.db, { articleId: a.articleId, figure: figure("orlov_deal_workers", 80), verdict: "differs", observedAt: new Date() });
    const { alert } = await upsertAlert(h.db, { claimKey: "orlov_deal_workers", kind: "change", figure: figure("orlov_deal_workers", 80), firstObservationId: obs!.id });
    expect(await takeAlertLease(h.db, alert.id, 1)).toBeDefined();
    await new Promise((r) => setTimeout(r, 20));
    expect(await listDueAlertIds(h.db)).toContain(alert.id);
    expect((await takeAlertLease(h.db, alert.id, 60_000))?.attempts).toBe(2);
  });
});
