import { html, type SafeHtml } from "./escape-html.ts";

/**
 * The paragraphs of an article body that contain a mentioning sentence, with each such sentence
 * in <mark>. Every piece of text is escaped separately, so a hostile body stays text. Mentions
 * not found verbatim in the body (reworded by whitespace, say) are shown on their own, marked.
 */
export function highlightMentions(body: string | null, mentions: string[], maxParagraphs = 3): SafeHtml[] {
  const wanted = [...new Set(mentions.map((m) => m.trim()).filter((m) => m.length > 0))];
  if (wanted.length === 0) return [];
  const paragraphs = (body ?? "").split(/\n\s*\n/);
  const found = new Set<string>();
  const out: SafeHtml[] = [];
  for (const paragraph of paragraphs) {
    const marks = findMarks(paragraph, wanted);
    if (marks.length === 0) continue;
    for (const m of wanted) if (paragraph.includes(m)) found.add(m);
    if (out.length < maxParagraphs) out.push(markParagraph(paragraph, marks));
  }
  const missing = wanted.filter((m) => !found.has(m));
  if (out.length < maxParagraphs) for (const m of missing.slice(0, maxParagraphs - out.length)) out.push(html`<mark>${m}</mark>`);
  return out;
}

type Mark = { start: number; end: number };

/** Non-overlapping occurrences of the mentions in a paragraph, in text order. */
function findMarks(paragraph: string, mentions: string[]): Mark[] {
  const marks: Mark[] = [];
  for (const m of mentions) {
    for (let at = paragraph.indexOf(m); at !== -1; at = paragraph.indexOf(m, at + m.length)) {
      marks.push({ start: at, end: at + m.length });
    }
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Mark[] = [];
  for (const mark of marks) {
    const last = merged.at(-1);
    if (last && mark.start < last.end) last.end = Math.max(last.end, mark.end);
    else merged.push({ ...mark });
  }
  return merged;
}

function markParagraph(paragraph: string, marks: Mark[]): SafeHtml {
  const parts: SafeHtml[] = [];
  let at = 0;
  for (const m of marks) {
    parts.push(html`${paragraph.slice(at, m.start)}<mark>${paragraph.slice(m.start, m.end)}</mark>`);
    at = m.end;
  }
  parts.push(html`${paragraph.slice(at)}`);
  return html`${parts}`;
}
