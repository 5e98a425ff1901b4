import { h, htmlLink, htmlRows, renderHtmlDocument } from "./email-layout.ts";
import { cleanText } from "./escape-html.ts";
import { noticeMessageId } from "./message-id.ts";
import type { RenderedEmail } from "./types.ts";

export type FeedHealthEmailInput = {
  noticeId: string;
  kind: "feed-unhealthy" | "feed-recovered";
  feed: { url: string; name: string | null };
  /** The last error (unhealthy), or null. */
  error: string | null;
  /** Failed polls in a row when it turned unhealthy. */
  consecutiveFailures: number;
  /** When the feed last answered with a feed, ISO, or null if never. */
  lastSuccessAt: string | null;
  dashboardUrl: string;
};

/**
 * The operator's notice that a feed turned unhealthy (it is still polled, more slowly) or
 * recovered. One per transition; the Message-ID derives from the notice id.
 */
export function renderFeedHealthEmail(input: FeedHealthEmailInput): RenderedEmail {
  const name = cleanText(input.feed.name) || hostOf(input.feed.url);
  const unhealthy = input.kind === "feed-unhealthy";
  const subject = unhealthy ? `claimwatch: feed unhealthy: ${name}` : `claimwatch: feed recovered: ${name}`;
  const health = `${input.dashboardUrl.replace(/\/+$/, "")}/health`;
  const lines = unhealthy
    ? [
        `The feed "${name}" has failed ${input.consecutiveFailures} polls in a row and is now marked unhealthy.`,
        "claimwatch keeps polling it, more slowly, and will tell you when it recovers.",
        "",
        `Feed:          ${input.feed.url}`,
        `Last error:    ${cleanText(input.error) || "unknown"}`,
        `Last success:  ${input.lastSuccessAt ?? "never"}`,
      ]
    : [`The feed "${name}" answers again and is back to its normal schedule.`, "", `Feed:  ${input.feed.url}`];
  const text = [...lines, "", `Feed health: ${health}`, ""].join("\n");
  const rows: [string, string][] = unhealthy
    ? [
        ["Feed", htmlLink(input.feed.url)],
        ["Last error", h(input.error ?? "unknown")],
        ["Last success", h(input.lastSuccessAt ?? "never")],
      ]
    : [["Feed", htmlLink(input.feed.url)]];
  const html = renderHtmlDocument({
    title: subject,
    heading: unhealthy ? "A feed is unhealthy" : "A feed recovered",
    body: `<p>${h(lines[0])}${unhealthy ? ` ${h(lines[1])}` : ""}</p>${htmlRows(rows)}<p>${htmlLink(health, "Feed health on the dashboard")}</p>`,
  });
  const messageId = noticeMessageId(input.noticeId);
  return { subject, text, html, messageId, headers: { "X-Claimwatch-Notice": input.kind, "Auto-Submitted": "auto-generated" } };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
