import { describe, expect, it } from "vitest";
import { count, makeAlertInput, payClaim, workersClaim } from "./__fixtures__/alert-input.ts";
import { type DigestInput, renderDigestEmail } from "./render-digest-email.ts";

const article = makeAlertInput().article;

function makeDigest(overrides: Partial<DigestInput> = {}): DigestInput {
  return {
    date: "2025-06-12",
    recipients: ["desk@example.com", "editor@example.com"],
    dashboardUrl: "http://127.0.0.1:8080",
    newValues: [
      { alertId: "42", kind: "change", claim: workersClaim, figure: { ...count(50000), quote: "now put at 50,000" }, article },
      {
        alertId: "44",
        kind: "change",
        claim: payClaim,
        figure: { value: 300, low: null, high: null, unit: "usd", qualifier: "up_to", currency: null, quote: "up to $300 a month" },
        article: { ...article, title: "Wages <b>rise</b>" },
      },
    ],
    corroborations: [
      {
        alertId: "40",
        claim: workersClaim,
        figure: count(50000),
        source: { title: "A third outlet repeats the count", outlet: "Example Times", published: "2025-06-12", url: "https://times.example.com/1" },
        quote: "some 50,000 labourers",
        sourceCount: 3,
      },
    ],
    ...overrides,
  };
}

describe("renderDigestEmail", () => {
  const email = renderDigestEmail(makeDigest());

  it("counts the day's new values and sources in the subject", () => {
    expect(email.subject).toBe("claimwatch digest, 12 June 2025: 2 new values, 1 new source across 2 claims");
  });

  it("groups new values and corroborations under their claim", () => {
    const workers = email.text.indexOf("== North Korean workers sent to Russia (nk_workers_in_russia) ==");
    const pay = email.text.indexOf("== Monthly pay left to a North Korean worker, in US dollars (worker_monthly_pay_usd) ==");
    expect(workers).toBeGreaterThanOrEqual(0);
    expect(pay).toBeGreaterThan(workers);
    const workersSection = email.text.slice(workers, pay);
    expect(workersSection).toContain("50,000 (+233%), changed from the baseline");
    expect(workersSection).toContain("50,000, now 3 sources");
    expect(workersSection).toContain("A third outlet repeats the count — Example Times, 12 June 2025");
    expect(email.text.slice(pay)).toContain("up to $300 (top +50%)");
  });

  it("carries the digest header and escapes article text", () => {
    expect(email.headers["X-Claimwatch-Digest"]).toBe("2025-06-12");
    expect(email.html).toContain("Wages &lt;b&gt;rise&lt;/b&gt;");
    expect(email.html).not.toContain("<b>rise</b>");
  });

  it("has one Message-ID per day and set of recipients, whatever their order or case", () => {
    const same = renderDigestEmail(makeDigest({ recipients: ["Editor@Example.com", "desk@example.com"], newValues: [] }));
    expect(same.messageId).toBe(email.messageId);
    expect(email.messageId).toMatch(/^<digest-2025-06-12-[0-9a-f]{16}@claimwatch\.invalid>$/);
    expect(renderDigestEmail(makeDigest({ date: "2025-06-13" })).messageId).not.toBe(email.messageId);
    expect(renderDigestEmail(makeDigest({ recipients: ["desk@example.com"] })).messageId).not.toBe(email.messageId);
  });

  it("says so when nothing happened", () => {
    const empty = renderDigestEmail(makeDigest({ newValues: [], corroborations: [] }));
    expect(empty.subject).toBe("claimwatch digest, 12 June 2025: nothing new");
    expect(empty.text).toContain("No new values and no new sources");
  });

  it("refuses a date that is not YYYY-MM-DD", () => {
    expect(() => renderDigestEmail(makeDigest({ date: "12/06/2025" }))).toThrow(/YYYY-MM-DD/);
  });
});
