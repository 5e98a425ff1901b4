import { describe, expect, it } from "vitest";
import { count, makeAlertInput, payClaim } from "./__fixtures__/alert-input.ts";
import { renderAlertEmail } from "./render-alert-email.ts";

const injection = "<img src=x onerror=alert(1)>";

/** Every start tag of the document, to check what markup it really contains. */
const tagsOf = (html: string): string[] => html.match(/<[a-z][^>]*>/gi) ?? [];

describe("renderAlertEmail subject", () => {
  it("names the claim, the baseline, the new value and the change", () => {
    expect(renderAlertEmail(makeAlertInput()).subject).toBe("North Korean workers sent to Russia: about 15,000 -> 50,000 (+233%)");
  });

  it("describes a value outside a range baseline against the end it passed", () => {
    const email = renderAlertEmail(
      makeAlertInput({ claim: payClaim, figure: { value: 300, low: null, high: null, unit: "usd", qualifier: "exact", currency: null, quote: "a worker now keeps $300 a month" } }),
    );
    expect(email.subject).toBe("Monthly pay left to a North Korean worker, in US dollars: $100–$200 -> $300 (+50% above the range)");
  });

  it("describes a changed range by its ends", () => {
    const figure = { value: null, low: 150, high: 250, unit: "usd" as const, qualifier: "range" as const, currency: null, quote: "between $150 and $250" };
    expect(renderAlertEmail(makeAlertInput({ claim: payClaim, figure })).subject).toBe(
      "Monthly pay left to a North Korean worker, in US dollars: $100–$200 -> $150–$250 (bottom +50%, top +25%)",
    );
  });

  it("says conflicting reports and names both values for a conflict", () => {
    const email = renderAlertEmail(
      makeAlertInput({ kind: "conflict", alertId: "43", figure: { ...count(30000), quote: "about 30,000" }, conflictsWith: [{ ...count(50000), alertId: "42" }] }),
    );
    expect(email.subject).toBe("North Korean workers sent to Russia: conflicting reports, 30,000 vs 50,000 (baseline about 15,000)");
  });

  it("keeps a conflict subject short when many values disagree", () => {
    const conflictsWith = [20000, 25000, 40000, 50000, 60000].map((v, i) => ({ ...count(v), alertId: `a${i}` }));
    const email = renderAlertEmail(makeAlertInput({ kind: "conflict", conflictsWith }));
    expect(email.subject).toBe("North Korean workers sent to Russia: conflicting reports, 50,000 vs 20,000 vs 25,000 vs 40,000 and 2 more (baseline about 15,000)");
  });
});

describe("renderAlertEmail bodies", () => {
  it("gives the claim, baseline with source and date, quote, article, sources and dashboard link in the text", () => {
    const { text } = renderAlertEmail(makeAlertInput());
    for (const expected of [
      "North Korean workers sent to Russia (nk_workers_in_russia)",
      "about 15,000, according to South Korea's National Intelligence Service, May 2025",
      "New value:  50,000",
      '"Officials in Seoul now put the number of labourers sent to Russia at 50,000."',
      "Pyongyang's labour exports to Russia keep growing — Example Daily, 12 June 2025",
      "https://news.example.com/2025/06/12/labour-exports",
      "2 sources now report 50,000:",
      "Seoul revises its count of workers abroad — Example Wire, 13 June 2025",
      "https://wire.example.org/a/123",
      "http://127.0.0.1:8080/claims/nk_workers_in_russia",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("counts the article itself as the one source when no source list is given", () => {
    expect(renderAlertEmail(makeAlertInput({ sources: [] })).text).toContain("1 source now report");
  });

  it("lists both values of a conflict in both bodies", () => {
    const email = renderAlertEmail(
      makeAlertInput({ kind: "conflict", alertId: "43", figure: { ...count(30000), quote: "about 30,000" }, conflictsWith: [{ ...count(50000), alertId: "42" }] }),
    );
    expect(email.text).toContain("50,000 (alert 42)");
    expect(email.text).toContain("30,000 (this alert, 43)");
    expect(email.html).toContain("<strong>50,000</strong> (alert 42)");
    expect(email.html).toContain("<strong>30,000</strong> (this alert)");
  });

  it("links the claim on the dashboard without doubling a trailing slash", () => {
    const { html } = renderAlertEmail(makeAlertInput({ dashboardUrl: "https://watch.example.net/desk/" }));
    expect(html).toContain('href="https://watch.example.net/desk/claims/nk_workers_in_russia"');
  });
});

describe("renderAlertEmail against hostile article text", () => {
  const hostile = makeAlertInput({
    figure: { ...count(50000), quote: `They said ${injection} and 50,000` },
    article: { title: `Breaking ${injection}`, outlet: `<script>steal()</script>`, published: "2025-06-12", url: "javascript:alert(document.cookie)" },
    sources: [{ title: `"><svg onload=alert(2)>`, outlet: "Example", published: null, url: "https://ok.example.com/x?a=1&b=2" }],
  });
  const email = renderAlertEmail(hostile);

  it("escapes titles, outlets and quotes in the HTML", () => {
    expect(email.html).toContain("Breaking &lt;img src=x onerror=alert(1)&gt;");
    expect(email.html).toContain("They said &lt;img src=x onerror=alert(1)&gt; and 50,000");
    expect(email.html).toContain("&lt;script&gt;steal()&lt;/script&gt;");
    expect(email.html).toContain("&quot;&gt;&lt;svg onload=alert(2)&gt;");
    expect(email.html).not.toContain(injection);
  });

  it("contains no image, script, remote resource or event handler in its markup", () => {
    const tags = tagsOf(email.html);
    expect(tags.filter((t) => /^<(img|script|svg|iframe|object|embed|link|style)\b/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /\s(src|background|on[a-z]+)\s*=/i.test(t))).toEqual([]);
  });

  it("links only http(s) URLs and escapes them in attributes", () => {
    expect(email.html).not.toMatch(/href="javascript:/i);
    expect(email.html).toContain("javascript:alert(document.cookie)");
    expect(email.html).toContain('href="https://ok.example.com/x?a=1&amp;b=2"');
  });

  it("keeps the plain-text body literal", () => {
    expect(email.text).toContain(`Breaking ${injection}`);
  });

  it("drops bidirectional overrides that could disguise a link", () => {
    const spoofed = renderAlertEmail(makeAlertInput({ article: { ...makeAlertInput().article, title: "safe\u202Etxt.exe" } }));
    expect(spoofed.text).toContain("safetxt.exe");
    expect(spoofed.html).not.toContain("\u202E");
  });
});

describe("renderAlertEmail headers and Message-ID", () => {
  it("carries the claim key and the alert id", () => {
    expect(renderAlertEmail(makeAlertInput()).headers).toMatchObject({
      "X-Claimwatch-Claim": "nk_workers_in_russia",
      "X-Claimwatch-Alert-Id": "42",
    });
  });

  it("derives the Message-ID from the alert id alone", () => {
    const first = renderAlertEmail(makeAlertInput());
    const resent = renderAlertEmail(makeAlertInput({ sources: [], figure: { ...count(51000), quote: "another quote" } }));
    expect(first.messageId).toBe("<alert-42@claimwatch.invalid>");
    expect(resent.messageId).toBe(first.messageId);
    expect(renderAlertEmail(makeAlertInput({ alertId: "43" })).messageId).not.toBe(first.messageId);
  });

  it("hashes an alert id that is not safe in a Message-ID, and keeps it stable", () => {
    const odd = renderAlertEmail(makeAlertInput({ alertId: "a b<c>@d" })).messageId;
    expect(odd).toMatch(/^<alert-[0-9a-f]{32}@claimwatch\.invalid>$/);
    expect(renderAlertEmail(makeAlertInput({ alertId: "a b<c>@d" })).messageId).toBe(odd);
  });

  it("never lets a line break in the alert id start a header", () => {
    const { headers } = renderAlertEmail(makeAlertInput({ alertId: "7\r\nBcc: victim@example.com" }));
    expect(headers["X-Claimwatch-Alert-Id"]).toBe("7 Bcc: victim@example.com");
  });
});
