import { loadCatalog } from "@claimwatch/claims";
import { parseFigures } from "../figures/parse-figures.ts";
import { findMentions } from "../mentions/find-mentions.ts";
import { attachClaims } from "./attach-claims.ts";

const catalog = loadCatalog();
const TITLE = "North Korean workers and soldiers in Russia";

/**
 * Attaches the figures of a text under a headline on the topic, as "value=claim" in body order.
 * Paragraphs are separated by blank lines.
 */
export function attachText(text: string, published = "2025-06-01", language = "en"): string[] {
  const paragraphs = text.split(/\n\s*\n/u);
  const { sentences } = findMentions({ paragraphs, title: TITLE, language }, catalog.topic);
  const figures = paragraphs.flatMap((p, paragraph) => parseFigures(p, { language }).map((f) => ({ ...f, paragraph })));
  return attachClaims({ figures, sentences, title: TITLE, language, published }, catalog).map((f) => `${f.value ?? `${f.low}..${f.high}`}=${f.claim ?? "null"}`);
}
