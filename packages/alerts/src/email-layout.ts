// The HTML shell every claimwatch e-mail shares: nested tables and inline styles, because mail
// clients drop <style> blocks and CSS layout; no images, fonts or anything fetched remotely.
import { cleanText, escapeHtml, toSafeHref } from "./escape-html.ts";
import { formatDate } from "./format-date.ts";
import type { ArticleRef } from "./types.ts";

const font = "font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;";
const labelCell = "padding:6px 12px 6px 0;vertical-align:top;white-space:nowrap;color:#555555;font-weight:bold;";
const valueCell = "padding:6px 0;vertical-align:top;";

/** Escaped, cleaned text. */
export const h = (text: string | null | undefined): string => escapeHtml(cleanText(text));

/** A whole document; `title` is plain text, `heading` plain text, `body` already HTML. */
export function renderHtmlDocument(opts: { title: string; heading: string; body: string }): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Honoured when the message is opened in a browser; mail clients block remote content anyway.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${h(opts.title)}</title></head>`,
    `<body style="margin:0;padding:0;background:#f2f2f2;">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2;"><tr><td align="center" style="padding:16px 8px;">`,
    `<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:640px;background:#ffffff;border:1px solid #dddddd;${font}">`,
    `<tr><td style="padding:14px 20px;background:#1f3a5f;color:#ffffff;font-size:18px;font-weight:bold;">${h(opts.heading)}</td></tr>`,
    `<tr><td style="padding:12px 20px 20px 20px;">${opts.body}</td></tr>`,
    `<tr><td style="padding:10px 20px;border-top:1px solid #dddddd;color:#777777;font-size:12px;">Sent by claimwatch. Figures and quotes are as the articles printed them.</td></tr>`,
    "</table></td></tr></table></body></html>",
  ].join("\n");
}

/** A two-column label/value table; values are HTML. */
export function htmlRows(rows: [label: string, valueHtml: string][]): string {
  const body = rows
    .map(([label, value]) => `<tr><td style="${labelCell}">${h(label)}</td><td style="${valueCell}">${value}</td></tr>`)
    .join("\n");
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${font}">\n${body}\n</table>`;
}

export function htmlSectionHeading(text: string): string {
  return `<p style="margin:18px 0 4px 0;font-size:16px;font-weight:bold;">${h(text)}</p>`;
}

/** A link when the URL is http(s); otherwise the URL as inert text. */
export function htmlLink(url: string | null | undefined, label?: string): string {
  const href = toSafeHref(url);
  const shown = h(label ?? url);
  return href ? `<a href="${escapeHtml(href)}" style="color:#1a4f9c;word-break:break-all;">${shown}</a>` : shown;
}

export function htmlQuote(quote: string): string {
  return `<blockquote style="margin:4px 0;padding:4px 0 4px 12px;border-left:3px solid #c8c8c8;color:#333333;font-style:italic;">&ldquo;${h(quote)}&rdquo;</blockquote>`;
}

/** "Title — Outlet, 12 June 2025" followed by the link. */
export function htmlArticle(ref: ArticleRef): string {
  return `${h(describeArticle(ref))}<br>${htmlLink(ref.url)}`;
}

export function htmlList(items: string[]): string {
  return `<ol style="margin:4px 0;padding-left:20px;">${items.map((item) => `<li style="margin:0 0 6px 0;">${item}</li>`).join("")}</ol>`;
}

/** Plain-text line naming an article: "Title — Outlet, 12 June 2025". */
export function describeArticle(ref: Omit<ArticleRef, "url">): string {
  const title = cleanText(ref.title) || "(untitled)";
  const where = [cleanText(ref.outlet), formatDate(ref.published)].filter((part) => part);
  return where.length > 0 ? `${title} — ${where.join(", ")}` : title;
}
