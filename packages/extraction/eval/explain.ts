// `tsx packages/extraction/eval/explain.ts <doc id or text file> [substring]`: shows, for each figure
// of a corpus document (or a text file, read as published on 2025-06-01), its clause, years,
// intent, counted noun and the score of every claim it could state: why a figure went where it did.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadCatalog } from "@claimwatch/claims";
import { attachClaims, type LocatedFigure, type ScoreTrace } from "../src/claims/attach-claims.ts";
import { extractArticle } from "../src/extract-article.ts";
import { parseFigures } from "../src/figures/parse-figures.ts";
import { findMentions } from "../src/mentions/find-mentions.ts";
import { loadCorpus } from "./load-corpus.ts";

const [target = "", filter] = process.argv.slice(2);
const catalog = loadCatalog();
const corpusDir = fileURLToPath(new URL("../corpus", import.meta.url));
const doc = target.endsWith(".txt") ? undefined : loadCorpus(corpusDir, catalog).find((d) => d.id === target);
const input = doc
  ? { html: doc.html, text: doc.text, url: doc.labels.url, published: doc.labels.published }
  : { text: readFileSync(target, "utf8"), published: "2025-06-01" };
// The same steps as extractArticle, with a trace of every score.
const { language, paragraphs, title, published, relevant } = extractArticle(input, catalog);
const found = findMentions({ paragraphs, title, language }, catalog.topic);
const figures: LocatedFigure[] = [...new Set(found.mentions.map((m) => m.paragraph))].flatMap((p) =>
  parseFigures(paragraphs[p] ?? "", { language }).map((f) => ({ ...f, paragraph: p })),
);
const traces: ScoreTrace[] = [];
const claimed = attachClaims({ figures, sentences: found.sentences, title, language, published, trace: (t) => traces.push(t) }, catalog);
console.log(`language ${language}, relevant ${relevant}, published ${published}, title ${title}`);
for (const f of figures) {
  const out = claimed.find((c) => c.paragraph === f.paragraph && c.start === f.start);
  const mine = traces.filter((t) => t.figure === f);
  const ctx = mine[0]?.context;
  if (filter && !f.text.includes(filter) && !(ctx?.reading.sentence.text.includes(filter) ?? false)) continue;
  console.log(`\n[${f.text}] -> ${out ? out.claim : "(dropped as a repeat)"}  (${f.unit} ${f.value ?? `${f.low}..${f.high}`} ${f.qualifier})`);
  if (!ctx) continue;
  const s = ctx.reading.sentence.text;
  const noun = ctx.noun ? `${s.slice(ctx.noun.hit.start, ctx.noun.hit.end)}${ctx.noun.isStrong ? "" : " (inherited)"}` : "-";
  console.log(`  clause: ${s.slice(ctx.clause.start, ctx.clause.end)}`);
  console.log(`  years ${ctx.years.join(",") || "-"} intent ${ctx.isIntent} subset ${ctx.isSubset} elsewhere ${ctx.isElsewhere} own cue ${ctx.hasOwnCue} noun ${noun}`);
  for (const t of mine) console.log(`  ${t.claim.padEnd(28)} ${t.score === null ? "rejected" : t.score.toFixed(2)}`);
}
