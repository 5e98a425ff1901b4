import type { Claim, FigureValue } from "@claimwatch/domain";
import { claimBaseline, claimUrl, describeBaselineSource } from "./claim-text.ts";
import { describeChange } from "./describe-change.ts";
import {
  describeArticle,
  h,
  htmlArticle,
  htmlLink,
  htmlList,
  htmlQuote,
  htmlSectionHeading,
  renderHtmlDocument,
} from "./email-layout.ts";
import { EmailRenderError } from "./errors.ts";
import { cleanText } from "./escape-html.ts";
import { formatDate } from "./format-date.ts";
import { formatFigure } from "./format-figure.ts";
import { digestMessageId } from "./message-id.ts";
import type { ArticleRef, RenderedEmail } from "./types.ts";

/** A value first reported that day (it raised an alert). */
export type DigestNewValue = {
  alertId: string;
  kind: "change" | "conflict";
  claim: Claim;
  figure: FigureValue & { quote: string };
  article: ArticleRef;
};

/** A source added that day to an existing alert. */
export type DigestCorroboration = {
  alertId: string;
  claim: Claim;
  /** The alerted value the source repeats. */
  figure: FigureValue;
  source: ArticleRef;
  quote: string | null;
  /** Sources of that alert, this one included. */
  sourceCount: number;
};

export type DigestInput = {
  /** The day covered, YYYY-MM-DD. */
  date: string;
  /** Who gets this digest; part of its Message-ID, so each recipient set gets its own message. */
  recipients: string[];
  dashboardUrl: string;
  newValues: DigestNewValue[];
  corroborations: DigestCorroboration[];
};

type ClaimGroup = { claim: Claim; newValues: DigestNewValue[]; corroborations: DigestCorroboration[] };

/**
 * One day's new values and corroborations, grouped per claim (claims in the order they first
 * appear). The Message-ID comes from the date and the recipients, so re-running the digest job
 * for a day resends the same message. Throws EmailRenderError for a date that is not YYYY-MM-DD.
 */
export function renderDigestEmail(input: DigestInput): RenderedEmail {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) throw new EmailRenderError(`a digest date is YYYY-MM-DD, got "${input.date}"`);
  const groups = groupByClaim(input);
  const subject = digestSubject(input, groups.length);
  return {
    subject,
    text: digestText(input, groups, subject),
    html: renderHtmlDocument({ title: subject, heading: `claimwatch digest, ${formatDate(input.date)}`, body: digestHtml(input, groups) }),
    headers: { "X-Claimwatch-Digest": input.date, "Auto-Submitted": "auto-generated" },
    messageId: digestMessageId(input.date, input.recipients),
  };
}

function groupByClaim(input: DigestInput): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  const groupOf = (claim: Claim): ClaimGroup => {
    let group = groups.get(claim.key);
    if (!group) groups.set(claim.key, (group = { claim, newValues: [], corroborations: [] }));
    return group;
  };
  for (const v of input.newValues) groupOf(v.claim).newValues.push(v);
  for (const c of input.corroborations) groupOf(c.claim).corroborations.push(c);
  return [...groups.values()];
}

function digestSubject(input: DigestInput, claimCount: number): string {
  const day = `claimwatch digest, ${formatDate(input.date)}`;
  if (claimCount === 0) return `${day}: nothing new`;
  const parts = [
    plural(input.newValues.length, "new value"),
    plural(input.corroborations.length, "new source"),
  ].filter((p) => !p.startsWith("0 "));
  return `${day}: ${parts.join(", ")} across ${plural(claimCount, "claim")}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function newValueLabel(v: DigestNewValue): string {
  const change = describeChange(claimBaseline(v.claim), v.figure);
  const kind = v.kind === "conflict" ? "conflicts with an earlier report" : "changed from the baseline";
  return `${formatFigure(v.figure)}${change ? ` (${change})` : ""}, ${kind}`;
}

function corroborationLabel(c: DigestCorroboration): string {
  return `${formatFigure(c.figure)}, now ${plural(c.sourceCount, "source")}`;
}

function digestText(input: DigestInput, groups: ClaimGroup[], subject: string): string {
  const lines = [subject, ""];
  if (groups.length === 0) lines.push("No new values and no new sources were reported on this day.", "");
  for (const g of groups) {
    lines.push(`== ${cleanText(g.claim.description)} (${g.claim.key}) ==`);
    lines.push(`Baseline: ${formatFigure(claimBaseline(g.claim))}, ${describeBaselineSource(g.claim)}`);
    if (g.newValues.length > 0) lines.push("New values:");
    for (const v of g.newValues) {
      lines.push(`  - ${newValueLabel(v)}`, `    "${cleanText(v.figure.quote)}"`, `    ${describeArticle(v.article)}`, `    ${cleanText(v.article.url)}`);
    }
    if (g.corroborations.length > 0) lines.push("New sources for earlier alerts:");
    for (const c of g.corroborations) {
      lines.push(`  - ${corroborationLabel(c)}`, ...(c.quote ? [`    "${cleanText(c.quote)}"`] : []), `    ${describeArticle(c.source)}`, `    ${cleanText(c.source.url)}`);
    }
    lines.push(`Dashboard: ${claimUrl(input.dashboardUrl, g.claim.key)}`, "");
  }
  return lines.join("\n");
}

function digestHtml(input: DigestInput, groups: ClaimGroup[]): string {
  if (groups.length === 0) return "<p>No new values and no new sources were reported on this day.</p>";
  return groups
    .map((g) => {
      const parts = [
        htmlSectionHeading(`${cleanText(g.claim.description)} (${g.claim.key})`),
        `<p style="margin:0 0 6px 0;">Baseline: <strong>${h(formatFigure(claimBaseline(g.claim)))}</strong>, ${h(describeBaselineSource(g.claim))}</p>`,
      ];
      if (g.newValues.length > 0) {
        const items = g.newValues.map((v) => `<strong>${h(newValueLabel(v))}</strong>${htmlQuote(v.figure.quote)}${htmlArticle(v.article)}`);
        parts.push(`<p style="margin:8px 0 0 0;">New values:</p>`, htmlList(items));
      }
      if (g.corroborations.length > 0) {
        const items = g.corroborations.map(
          (c) => `<strong>${h(corroborationLabel(c))}</strong>${c.quote ? htmlQuote(c.quote) : "<br>"}${htmlArticle(c.source)}`,
        );
        parts.push(`<p style="margin:8px 0 0 0;">New sources for earlier alerts:</p>`, htmlList(items));
      }
      parts.push(`<p style="margin:6px 0 0 0;">${htmlLink(claimUrl(input.dashboardUrl, g.claim.key), "Open the claim on the dashboard")}</p>`);
      return parts.join("\n");
    })
    .join("\n");
}
