import { describe, expect, it } from "vitest";
import { renderFeedHealthEmail } from "./render-feed-health-email.ts";

const base = {
  noticeId: "7",
  feed: { url: "https://news.example.org/rss", name: "Example <b>News</b>" },
  error: "GET https://news.example.org/rss: HTTP 500 <script>x</script>",
  consecutiveFailures: 6,
  lastSuccessAt: "2026-03-01T10:00:00.000Z",
  dashboardUrl: "http://dash.example.org/",
};

describe("renderFeedHealthEmail", () => {
  it("tells the operator which feed turned unhealthy, why, and where to look", () => {
    const mail = renderFeedHealthEmail({ ...base, kind: "feed-unhealthy" });
    expect(mail.subject).toBe("claimwatch: feed unhealthy: Example <b>News</b>");
    expect(mail.text).toContain("failed 6 polls in a row");
    expect(mail.text).toContain("HTTP 500");
    expect(mail.text).toContain("http://dash.example.org/health");
    expect(mail.messageId).toBe("<notice-7@claimwatch.invalid>");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
  });

  it("says when it recovered", () => {
    const mail = renderFeedHealthEmail({ ...base, kind: "feed-recovered", error: null });
    expect(mail.subject).toBe("claimwatch: feed recovered: Example <b>News</b>");
    expect(mail.headers["X-Claimwatch-Notice"]).toBe("feed-recovered");
  });
});
