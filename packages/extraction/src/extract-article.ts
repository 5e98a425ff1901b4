import type { ArticleExtraction, Catalog } from "@claimwatch/domain";
import { extractMainText } from "./body/extract-main-text.ts";
import { attachClaims, type LocatedFigure } from "./claims/attach-claims.ts";
import { detectLanguage } from "./body/detect-language.ts";
import { parseFigures } from "./figures/parse-figures.ts";
import { findMentions } from "./mentions/find-mentions.ts";

/** A page or a text to read, with what the feed says about it. */
export type ExtractInput = {
  html?: string;
  text?: string;
  url?: string | null;
  title?: string | null;
  /** ISO date (or date-time) of publication, if the feed gives one. */
  published?: string | null;
};

// A first line this short, with no full stop, is a headline rather than a paragraph.
const MAX_HEADLINE = 200;

/**
 * Reads one article: its main text, language, the sentences that mention the catalog's topic,
 * and every figure of those sentences, attached to the tracked claim it states or to none.
 * HTML goes through the main-text extractor; plain text is split into paragraphs on blank lines.
 * The page's title and date win over the input's. Never throws: unreadable input gives an
 * extraction with no body and `notArticleReason` saying why.
 */
export function extractArticle(input: ExtractInput, catalog: Catalog): ArticleExtraction {
  try {
    return readArticle(input, catalog);
  } catch (error) {
    // A bug or a pathological page must not stop a batch; say what happened instead.
    return emptyExtraction(input, `unreadable: ${(error as Error).message}`);
  }
}

function readArticle(input: ExtractInput, catalog: Catalog): ArticleExtraction {
  const page = input.html !== undefined ? readHtml(input) : readText(input);
  // The text decides; what the page declares breaks ties (a short page, a Latin-script neighbour).
  const language = detectLanguage(`${page.title ?? ""}\n\n${page.paragraphs.join("\n\n")}`, page.language);
  const published = page.published ?? input.published ?? null;
  const found = findMentions({ paragraphs: page.paragraphs, title: page.title, language }, catalog.topic);
  const figures: LocatedFigure[] = [];
  if (found.relevant) {
    const mentioned = new Set(found.mentions.map((m) => m.paragraph));
    for (const paragraph of mentioned) {
      const text = page.paragraphs[paragraph] ?? "";
      for (const f of parseFigures(text, { language })) figures.push({ ...f, paragraph });
    }
  }
  const claimed = found.relevant
    ? attachClaims({ figures, sentences: found.sentences, title: page.title, language, published }, catalog)
    : [];
  return {
    title: page.title,
    published,
    language,
    declaredUrl: page.declaredUrl,
    paragraphs: page.paragraphs,
    isArticle: page.isArticle,
    notArticleReason: page.notArticleReason,
    relevant: found.relevant,
    mentions: found.mentions,
    figures: claimed,
  };
}

type Page = {
  title: string | null;
  published: string | null;
  language: string | null;
  declaredUrl: string | null;
  paragraphs: string[];
  isArticle: boolean;
  notArticleReason: string | null;
};

function readHtml(input: ExtractInput): Page {
  const main = extractMainText(input.html ?? "", { url: input.url ?? null });
  const title = main.title ?? input.title ?? null;
  return { ...main, title, paragraphs: dropHeadline(main.paragraphs, title) };
}

function readText(input: ExtractInput): Page {
  let paragraphs = (input.text ?? "")
    .replace(/\r\n?/g, "\n")
    .split(/\n[^\S\n]*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p.length > 0);
  let title = input.title ?? null;
  if (title === null && paragraphs.length > 1 && looksLikeHeadline(paragraphs[0] ?? "")) title = paragraphs[0] ?? null;
  paragraphs = dropHeadline(paragraphs, title);
  const isArticle = paragraphs.length > 0;
  return {
    title,
    published: null,
    language: null,
    declaredUrl: null,
    paragraphs,
    isArticle,
    notArticleReason: isArticle ? null : "empty",
  };
}

function looksLikeHeadline(line: string): boolean {
  return line.length <= MAX_HEADLINE && !/[.!?。]["'”’»]?$/u.test(line);
}

// The headline often opens the body too; it is the title, not a paragraph.
function dropHeadline(paragraphs: string[], title: string | null): string[] {
  if (!title || paragraphs.length === 0) return paragraphs;
  const first = normalise(paragraphs[0] ?? "");
  return first === normalise(title) ? paragraphs.slice(1) : paragraphs;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

function emptyExtraction(input: ExtractInput, reason: string): ArticleExtraction {
  return {
    title: input.title ?? null,
    published: input.published ?? null,
    language: "und",
    declaredUrl: null,
    paragraphs: [],
    isArticle: false,
    notArticleReason: reason,
    relevant: false,
    mentions: [],
    figures: [],
  };
}
