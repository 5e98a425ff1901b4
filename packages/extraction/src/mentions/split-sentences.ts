/** A sentence as a span of the paragraph it belongs to. */
export type SentenceSpan = { start: number; end: number };

// Words after which a full stop does not end a sentence. Lower case, without the stop.
// Intl.Segmenter breaks after most of these ("Mr.", "Sept."), which is why this splitter exists.
const ABBREVIATIONS = new Set([
  // titles and ranks
  "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
  "rep", "sen", "gov", "pres", "rev", "hon", "amb", "sra", "srta", "mme", "mlle", "hr", "fr",
  // months and days
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  // common short forms
  "no", "nos", "nr", "vs", "etc", "inc", "ltd", "co", "corp", "approx", "est", "dept", "univ", "fig", "vol", "pp",
  "ca", "bzw", "usw", "vgl", "mio", "mrd", "tsd", "abs", "art",
  // Russian and Ukrainian
  "г", "гг", "тыс", "млн", "млрд", "руб", "долл", "им", "т", "д", "ул", "пр", "см", "др", "проц",
  // Romance languages
  "sra", "dra", "av", "núm", "pág", "mil", "aprox", "env",
]);

// Multi-part abbreviations whose inner stops never end a sentence ("U.S.", "U.N.", "a.m.").
const DOTTED = /^(?:\p{L}\.){1,3}\p{L}$/u;

// Sentence ends in scripts that write no space after them.
const CJK_ENDS = new Set(["。", "！", "？"]);
// Every character that may end a sentence: the scan jumps from one to the next instead of
// looking at each character of the paragraph.
const STOP_RE = /[.!?…。！？]/gu;

/**
 * Splits a paragraph into sentences. A sentence ends at ".", "!", "?" or "…" (with any closing
 * quotes or brackets) followed by a space and something that is not a lower-case letter, unless
 * the stop belongs to an abbreviation or an initial ("Mr.", "Sept.", "U.N.", "J."); it also ends
 * at "。", "！", "？". Spans cover the whole paragraph without its outer spaces. A sentence that is
 * only a number ("Two.") is joined to the next, which says what it counts.
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpaces(paragraph, 0);
  STOP_RE.lastIndex = start;
  for (let m = STOP_RE.exec(paragraph); m !== null; m = STOP_RE.exec(paragraph)) {
    const end = CJK_ENDS.has(m[0]) ? closeAfter(paragraph, m.index + 1) : findLatinEnd(paragraph, m.index);
    if (end < 0) continue;
    const next = skipSpaces(paragraph, end);
    if (next >= paragraph.length) break;
    spans.push({ start, end: trimEnd(paragraph, end) });
    start = next;
    STOP_RE.lastIndex = next;
  }
  if (start < paragraph.length) spans.push({ start, end: trimEnd(paragraph, paragraph.length) });
  return joinLoneFigures(paragraph, spans.filter((s) => s.end > s.start));
}

// A "sentence" that is only a number ("1.5 million. That is how many workers Russia lacks.") is
// a list entry's heading: it belongs with the sentence that says what it counts.
const LONE_FIGURE = /^[\p{N}\p{L}$€£¥₽%.,'’ -]{1,16}[.:!]$/u;

function joinLoneFigures(paragraph: string, spans: SentenceSpan[]): SentenceSpan[] {
  const joined: SentenceSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as SentenceSpan;
    const next = spans[i + 1];
    const text = paragraph.slice(span.start, span.end);
    if (next && LONE_FIGURE.test(text) && text.split(/\s+/).length <= 2) {
      joined.push({ start: span.start, end: next.end });
      i++;
    } else joined.push(span);
  }
  return joined;
}

function findLatinEnd(text: string, at: number): number {
  const end = closeAfter(text, at + 1);
  const after = text[end];
  if (after === undefined) return end;
  if (!/\s/u.test(after)) return -1;
  const next = text[skipSpaces(text, end)];
  if (next === undefined) return end;
  if (/\p{Ll}/u.test(next)) return -1;
  if (text[at] === "." && isAbbreviation(text, at) && !endsAtScale(text, at, skipSpaces(text, end))) return -1;
  return end;
}

// Scale abbreviations ("3,1 млн.", "15 тыс.", "2 Mio."; "15 mil." is a whole Spanish and
// Portuguese word) end a sentence as often as they shorten one: after a number and before a
// capital they end it, unless the capital starts what the figure counts or is paid in ("Mio.
// Euro", "Mrd. Dollar"). German capitalises those nouns, so there only a word that can open a
// sentence and never follows a figure ends it.
const SCALE_ABBREVIATIONS = new Set(["тыс", "млн", "млрд", "трлн", "mil", "mln", "mld", "mlrd", "mio", "mrd", "tsd", "bn"]);
const GERMAN_SCALES = new Set(["mio", "mrd", "tsd"]);
const GERMAN_OPENERS = new Set(
  "der die das dies diese dieser es er sie wir man im in am an auf bei nach laut zudem auch doch dabei damit zuvor seit so nun dennoch allerdings jedoch trotzdem".split(" "),
);
const UNIT_WORDS = /^(?:euro|dollar|us-dollar|rubel|won|yen|yuan|franken|pfund|рубл|доллар|евро|гривен|вон|юан|долар)/u;

function endsAtScale(text: string, dot: number, next: number): boolean {
  const m = /(\p{N})[\s\u00a0]*(\p{L}+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  const scale = m?.[2]?.toLowerCase();
  if (!scale || !SCALE_ABBREVIATIONS.has(scale)) return false;
  const word = /^\p{Lu}\p{L}*/u.exec(text.slice(next))?.[0].toLowerCase();
  if (!word || UNIT_WORDS.test(word)) return false;
  return GERMAN_SCALES.has(scale) ? GERMAN_OPENERS.has(word) : true;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1] ?? "")) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return false;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial: "Kim J. Un", "J. Smith"
  if (DOTTED.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function closeAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && /["'”’»)\]」』）]/u.test(text[i] ?? "")) i++;
  return i;
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/u.test(text[i] ?? "")) i++;
  return i;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/u.test(text[e - 1] ?? "")) e--;
  return e;
}
