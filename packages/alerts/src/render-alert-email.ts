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
  htmlRows,
  renderHtmlDocument,
} from "./email-layout.ts";
import { cleanText } from "./escape-html.ts";
import { formatFigure } from "./format-figure.ts";
import { alertMessageId } from "./message-id.ts";
import type { ArticleRef, RenderedEmail } from "./types.ts";

export type AlertEmailInput = {
  alertId: string;
  kind: "change" | "conflict";
  claim: Claim;
  figure: FigureValue & { quote: string };
  article: ArticleRef;
  /** Every article reporting this new value, first one first. */
  sources: ArticleRef[];
  /** The values of the claim's earlier alerts this one disagrees with. */
  conflictsWith: (FigureValue & { alertId: string })[];
  /** Base of the dashboard, without a trailing slash needed. */
  dashboardUrl: string;
};

/** Conflicting values named in a subject line before it says "and N more". */
const maxValuesInSubject = 3;

/**
 * The e-mail for one alert. Every string that came from a feed or an article is treated as
 * hostile: escaped in HTML, links only for http(s), no remote images. The Message-ID depends on
 * the alert id alone, so sending the same alert twice is the same message.
 */
export function renderAlertEmail(input: AlertEmailInput): RenderedEmail {
  const subject = alertSubject(input);
  const messageId = alertMessageId(input.alertId);
  const headers = {
    "X-Claimwatch-Claim": headerValue(input.claim.key),
    "X-Claimwatch-Alert-Id": headerValue(input.alertId),
    // RFC 3834: out-of-office robots must not answer an alert.
    "Auto-Submitted": "auto-generated",
  };
  return { subject, text: alertText(input, subject), html: alertHtml(input, subject), headers, messageId };
}

function alertSubject(input: AlertEmailInput): string {
  const description = cleanText(input.claim.description);
  const baseline = formatFigure(claimBaseline(input.claim));
  const value = formatFigure(input.figure);
  if (input.kind === "conflict") {
    const others = input.conflictsWith.map(formatFigure);
    const shown = others.slice(0, maxValuesInSubject).join(" vs ");
    const more = others.length > maxValuesInSubject ? ` and ${others.length - maxValuesInSubject} more` : "";
    const versus = shown ? ` vs ${shown}${more}` : "";
    return `${description}: conflicting reports, ${value}${versus} (baseline ${baseline})`;
  }
  const change = describeChange(claimBaseline(input.claim), input.figure);
  return `${description}: ${baseline} -> ${value}${change ? ` (${change})` : ""}`;
}

function sourcesOf(input: AlertEmailInput): ArticleRef[] {
  return input.sources.length > 0 ? input.sources : [input.article];
}

function alertText(input: AlertEmailInput, subject: string): string {
  const { claim, figure, article } = input;
  const sources = sourcesOf(input);
  const lines = [
    subject,
    "",
    `Claim:      ${cleanText(claim.description)} (${claim.key})`,
    `Baseline:   ${formatFigure(claimBaseline(claim))}, ${describeBaselineSource(claim)}`,
    ...(claim.source.url ? [`            ${cleanText(claim.source.url)}`] : []),
    `New value:  ${formatFigure(figure)}`,
    `Quote:      "${cleanText(figure.quote)}"`,
    `Article:    ${describeArticle(article)}`,
    `            ${cleanText(article.url)}`,
    "",
    `${countSources(sources.length)} now report ${formatFigure(figure)}:`,
    ...sources.flatMap((s, i) => [`  ${i + 1}. ${describeArticle(s)}`, `     ${cleanText(s.url)}`]),
  ];
  if (input.kind === "conflict") {
    lines.push("", "Conflicting values reported earlier:", ...input.conflictsWith.map((c) => `  - ${formatFigure(c)} (alert ${c.alertId})`));
    lines.push(`  - ${formatFigure(figure)} (this alert, ${input.alertId})`);
  }
  lines.push("", `The claim on the dashboard: ${claimUrl(input.dashboardUrl, claim.key)}`, "");
  return lines.join("\n");
}

function alertHtml(input: AlertEmailInput, subject: string): string {
  const { claim, figure, article } = input;
  const sources = sourcesOf(input);
  const rows: [string, string][] = [
    ["Claim", `${h(claim.description)} <span style="color:#777777;">(${h(claim.key)})</span>`],
    ["Baseline", `<strong>${h(formatFigure(claimBaseline(claim)))}</strong>, ${h(describeBaselineSource(claim))}${sourceLink(claim)}`],
    ["New value", `<strong>${h(formatFigure(figure))}</strong>${changeNote(input)}`],
    ["Quote", htmlQuote(figure.quote)],
    ["Article", htmlArticle(article)],
    ["Reported by", `${h(`${countSources(sources.length)} now report ${formatFigure(figure)}`)}${htmlList(sources.map(htmlArticle))}`],
  ];
  if (input.kind === "conflict") {
    const values = [
      ...input.conflictsWith.map((c) => `<strong>${h(formatFigure(c))}</strong> (alert ${h(c.alertId)})`),
      `<strong>${h(formatFigure(figure))}</strong> (this alert)`,
    ];
    rows.push(["Conflicting values", htmlList(values)]);
  }
  rows.push(["Dashboard", htmlLink(claimUrl(input.dashboardUrl, claim.key))]);
  const heading = input.kind === "conflict" ? "Sources disagree on a tracked figure" : "A tracked figure changed";
  return renderHtmlDocument({ title: subject, heading, body: htmlRows(rows) });
}

function changeNote(input: AlertEmailInput): string {
  const change = describeChange(claimBaseline(input.claim), input.figure);
  return change ? ` <span style="color:#555555;">(${h(change)} against the baseline)</span>` : "";
}

function sourceLink(claim: Claim): string {
  return claim.source.url ? `<br>${htmlLink(claim.source.url)}` : "";
}

function countSources(n: number): string {
  return n === 1 ? "1 source" : `${n} sources`;
}

/** Header values are single lines; a stray CR/LF must never start a header of its own. */
function headerValue(value: string): string {
  return value.replace(/[\r\n]+/g, " ").trim();
}
