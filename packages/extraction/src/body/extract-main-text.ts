import { load } from "cheerio/slim";
import { collectParagraphs } from "./collect-paragraphs.ts";
import { findFirstElement, type Element } from "./dom.ts";
import { findMainContent } from "./find-main-content.ts";

export type MainText = {
  title: string | null;
  published: string | null;
  language: string | null;
  declaredUrl: string | null;
  paragraphs: string[];
  isArticle: boolean;
  notArticleReason: string | null;
};

export function extractMainText(html: string, opts: { url?: string | null } = {}): MainText {
  void opts;
  const $ = load(html);
  const root = $.root()[0]!;
  const body = (findFirstElement(root, "body") ?? findFirstElement(root, "html")) as Element | null;
  if (!body) return { title: null, published: null, language: null, declaredUrl: null, paragraphs: [], isArticle: false, notArticleReason: "empty" };
  const content = findMainContent(body);
  const paragraphs = collectParagraphs(content, null);
  return { title: null, published: null, language: null, declaredUrl: null, paragraphs, isArticle: true, notArticleReason: null };
}
