// `tsx packages/extraction/eval/explain.ts <doc id or file> [substring]`: shows, for each figure of a
// corpus document (or a text file), its sentence, clause, years, intent, counted noun and the score
// of every claim it could state. A tool to see why a figure went where it did.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadCatalog } from "@claimwatch/claims";
import { getClaimTerms } from "../src/claims/claim-terms.ts";
import { readFigureContext, readSentence } from "../src/claims/read-figure-context.ts";
import { fitsClaim, scoreClaim } from "../src/claims/score-claim.ts";
import { extractArticle } from "../src/extract-article.ts";
import { findMentions } from "../src/mentions/find-mentions.ts";
import { loadCorpus } from "./load-corpus.ts";

const [target = "", filter] = process.argv.slice(2);
const catalog = loadCatalog();
const corpusDir = fileURLToPath(new URL("../corpus", import.meta.url));
const doc = target.includes("/") && !target.endsWith(".txt") ? loadCorpus(corpusDir, catalog).find((d) => d.id === target) : undefined;
const input = doc
  ? { html: doc.html, text: doc.text, url: doc.labels.url, published: doc.labels.published }
  : { text: readFileSync(target, "utf8"), published: "2025-06-01" };
const extraction = extractArticle(input, catalog);
const { language, paragraphs, title, published } = extraction;
const found = findMentions({ paragraphs, title, language }, catalog.topic);
const terms = getClaimTerms(catalog, language);
console.log(`language ${language}, relevant ${extraction.relevant}, title ${title}`);
for (const f of extraction.figures) {
  if (filter && !f.quote.includes(filter) && !f.text.includes(filter)) continue;
  const s = found.sentences.find((x) => x.paragraph === f.paragraph && f.start >= x.start && f.start < x.end);
  if (!s) continue;
  const spans = [{ start: f.start - s.start, end: f.end - s.start }];
  const year = published ? Number(published.slice(0, 4)) : null;
  const reading = readSentence(s, spans, { language, publishedYear: year, hits: terms.matcher.findTerms(s.text) });
  const ctx = readFigureContext(reading, spans[0]!, language);
  console.log(`\n[${f.text}] -> ${f.claim}  (${f.unit} ${f.value ?? `${f.low}..${f.high}`} ${f.qualifier})`);
  console.log(`  clause: ${s.text.slice(ctx.clause.start, ctx.clause.end)}`);
  console.log(`  years ${ctx.years.join(",") || "-"} intent ${ctx.isIntent} subset ${ctx.isSubset} elsewhere ${ctx.isElsewhere} noun ${ctx.noun ? `${s.text.slice(ctx.noun.hit.start, ctx.noun.hit.end)}${ctx.noun.isStrong ? "" : " (inherited)"}` : "-"}`);
  catalog.claims.forEach((claim, i) => {
    if (!fitsClaim(f, claim)) return;
    const score = scoreClaim(ctx, claim, i, { previousHits: [], hasContext: () => true, publishedYear: year, sentenceClaims: new Set(), previousClaims: new Set() });
    console.log(`  ${claim.key.padEnd(28)} ${score === null ? "rejected" : score.toFixed(2)}`);
  });
}
