/**
 * Checks the labelled corpus: every `<slug>.labels.yaml` parses, names an existing document, uses
 * claim keys from the catalog with that claim's unit, valid units and qualifiers, and quotes that
 * occur in the document's main text as a reader sees it. A page stored in a legacy charset names it
 * in `charset:` and is decoded with it; `language:`, when given, must match the folder's name.
 *
 *   npx tsx packages/extraction/corpus/check-labels.ts [dir...] [--report]
 *
 * With no dir it checks every language folder under corpus/. `--report` also lists, per document,
 * the numbers in the main text that no quote covers, so a labeller can review what was left out.
 * Exits 1 when any error is found.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCatalog } from "@claimwatch/claims";
import { qualifierSchema, unitSchema } from "@claimwatch/domain";
import { load as loadHtml } from "cheerio";

// `yaml` is a dependency of @claimwatch/claims, not of extraction; borrow it from there.
const requireFromClaims = createRequire(import.meta.resolve("@claimwatch/claims"));
const { parse: parseYaml } = requireFromClaims("yaml") as typeof import("yaml");

const corpusDir = dirname(fileURLToPath(import.meta.url));
const units = new Set<string>(unitSchema.options);
const qualifiers = new Set<string>(qualifierSchema.options);
const rangeQualifiers = new Set(["range", "vague"]);
const reservedHost = /(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.test|[a-z0-9-]+\.example)$/;
const labelKeys = new Set(["title", "published", "url", "relevant", "figures", "language", "charset"]);
const figureKeys = new Set(["claim", "value", "low", "high", "unit", "qualifier", "quote", "currency"]);

// Boilerplate a reader skips: what is left of the article container is its main text.
const bodySelectors = ['[itemprop="articleBody"]', ".article-body", ".entry-content", ".story-body", "article", "main"];
const boilerplate = "script, style, noscript, template, nav, aside, figure, figcaption, footer, header, form, button, " +
  ".share, .related, .newsletter, .ad, .most-read, [role=complementary], [aria-hidden=true]";
const blockTags = new Set(["p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
  "section", "article", "aside", "nav", "header", "footer", "figure", "figcaption", "blockquote", "main", "dd", "dt", "title"]);

type Doc = { visible: string; main: string; headline: string };
type Problem = { file: string; message: string };

const numberPattern = new RegExp(
  String.raw`\d+(?:[.,]\d+)*|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|ninety|hundred|thousand|million|dozen|half|third|quarter|twice|double|triple|twelvefold|tenths)\b`,
  "gi",
);

function normalize(text: string): string {
  return text
    .replace(/[^\S\n]+/g, " ")
    .replace(/ *\n[\s]*/g, "\n")
    .trim();
}

// Walks the DOM so that block elements end lines: "<p>a</p><p>b</p>" reads "a\nb", never "ab".
function textOf(root: ReturnType<ReturnType<typeof loadHtml>>): string {
  const parts: string[] = [];
  const walk = (nodes: any[]): void => {
    for (const node of nodes) {
      if (node.type === "text") parts.push(node.data as string);
      else if (node.type === "tag" || node.type === "script" || node.type === "style") {
        if (node.type !== "tag") continue;
        const isBlock = blockTags.has(node.name as string);
        if (isBlock) parts.push("\n");
        walk(node.children ?? []);
        if (isBlock) parts.push("\n");
      }
    }
  };
  walk(root.toArray());
  return normalize(parts.join(""));
}

function readHtml(html: string): Doc {
  const $ = loadHtml(html);
  $("script, style, noscript, template").remove();
  const visible = textOf($("body"));
  const headline = normalize($("h1").first().text());
  const container = bodySelectors.map((s) => $(s).first()).find((el) => el.length > 0);
  if (!container) return { visible, main: "", headline };
  const body = container.clone();
  body.find(boilerplate).remove();
  return { visible, main: textOf(body), headline };
}

function readText(text: string): Doc {
  const [first = "", ...rest] = text.replace(/\r\n/g, "\n").split("\n");
  return { visible: normalize(text), main: normalize(rest.join("\n")), headline: first.trim() };
}

function checkFigure(f: Record<string, unknown>, i: number, doc: Doc, claims: Map<string, string>): string[] {
  const errors: string[] = [];
  const at = `figures[${i}]`;
  for (const key of Object.keys(f)) if (!figureKeys.has(key)) errors.push(`${at}: unknown field ${key}`);
  const claim = f.claim;
  if (claim !== null && typeof claim !== "string") errors.push(`${at}: claim must be a key or null`);
  if (typeof claim === "string" && !claims.has(claim)) errors.push(`${at}: claim ${claim} is not in catalog.yaml`);
  if (typeof f.unit !== "string" || !units.has(f.unit)) errors.push(`${at}: unit ${String(f.unit)} is not valid`);
  if (typeof claim === "string" && claims.has(claim) && claims.get(claim) !== f.unit) {
    errors.push(`${at}: ${claim} is measured in ${claims.get(claim)}, not ${String(f.unit)}`);
  }
  if (f.unit === "money" && typeof f.currency !== "string") errors.push(`${at}: money needs a currency`);
  if (f.unit !== "money" && f.currency !== undefined) errors.push(`${at}: only money has a currency`);
  const q = f.qualifier;
  if (typeof q !== "string" || !qualifiers.has(q)) errors.push(`${at}: qualifier ${String(q)} is not valid`);
  const isInterval = typeof q === "string" && rangeQualifiers.has(q);
  if (isInterval) {
    if (typeof f.low !== "number" || typeof f.high !== "number" || f.value !== undefined) {
      errors.push(`${at}: a ${q} gives low and high and no value`);
    } else if (f.low > f.high) errors.push(`${at}: low exceeds high`);
  } else if (typeof f.value !== "number" || f.low !== undefined || f.high !== undefined) {
    errors.push(`${at}: a ${String(q)} figure gives a value and no low/high`);
  }
  if (typeof f.quote !== "string" || f.quote.trim() === "") errors.push(`${at}: quote is missing`);
  else if (!doc.main.includes(normalize(f.quote))) {
    const where = doc.visible.includes(normalize(f.quote)) ? "only outside the main text" : "nowhere in the text";
    errors.push(`${at}: quote "${f.quote}" occurs ${where}`);
  }
  return errors;
}

function checkLabels(labels: Record<string, unknown>, doc: Doc, claims: Map<string, string>): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(labels)) if (!labelKeys.has(key)) errors.push(`unknown field ${key}`);
  if (typeof labels.title !== "string" || labels.title.trim() === "") errors.push("title is missing");
  else if (normalize(labels.title) !== doc.headline) errors.push(`title differs from the headline "${doc.headline}"`);
  const published = String(labels.published ?? "");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) errors.push(`published ${published} is not YYYY-MM-DD`);
  else if (published < "2025-05-01" || published > "2026-11-30") errors.push(`published ${published} is out of range`);
  try {
    const host = new URL(String(labels.url)).hostname;
    if (!reservedHost.test(host)) errors.push(`url host ${host} is not a reserved domain`);
  } catch {
    errors.push(`url ${String(labels.url)} is not a URL`);
  }
  if (typeof labels.relevant !== "boolean") errors.push("relevant must be true or false");
  const figures = labels.figures ?? [];
  if (!Array.isArray(figures)) return [...errors, "figures must be a list"];
  if (labels.relevant === false && figures.length > 0) errors.push("an irrelevant article lists no figures");
  const seen = new Set<string>();
  figures.forEach((f: Record<string, unknown>, i) => {
    errors.push(...checkFigure(f, i, doc, claims));
    const key = `${String(f.claim)}|${String(f.value ?? `${f.low}..${f.high}`)}|${String(f.unit)}`;
    if (f.claim !== null && seen.has(key)) errors.push(`figures[${i}]: ${f.claim} = ${String(f.value)} is listed twice`);
    seen.add(key);
  });
  return errors;
}

function reportUnquoted(doc: Doc, figures: Array<Record<string, unknown>>): string[] {
  const covered: Array<[number, number]> = [];
  for (const f of figures) {
    const quote = normalize(String(f.quote ?? ""));
    for (let at = doc.main.indexOf(quote); quote && at >= 0; at = doc.main.indexOf(quote, at + 1)) {
      covered.push([at, at + quote.length]);
    }
  }
  const lines: string[] = [];
  for (const m of doc.main.matchAll(numberPattern)) {
    const start = m.index ?? 0;
    if (/^(19|20)\d\d$/.test(m[0]) || covered.some(([a, b]) => start >= a && start < b)) continue;
    lines.push(`    ${m[0]}: …${doc.main.slice(Math.max(0, start - 50), start + 40).replace(/\n/g, " / ")}…`);
  }
  return lines;
}

function listLabelFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : listLabelFiles(path);
    return name.endsWith(".labels.yaml") ? [path] : [];
  });
}

function main(): void {
  const args = process.argv.slice(2);
  const isReport = args.includes("--report");
  const dirs = args.filter((a) => !a.startsWith("--"));
  const catalog = loadCatalog();
  const claims = new Map(catalog.claims.map((c) => [c.key, c.unit as string]));
  const files = (dirs.length > 0 ? dirs : [corpusDir]).flatMap(listLabelFiles).sort();
  const problems: Problem[] = [];
  let figureCount = 0;
  for (const file of files) {
    const slug = basename(file, ".labels.yaml");
    const base = join(dirname(file), slug);
    const docPath = [`${base}.html`, `${base}.txt`].find((p) => statSync(p, { throwIfNoEntry: false }));
    const name = relative(corpusDir, file);
    if (!docPath) {
      problems.push({ file: name, message: "no .txt or .html document beside it" });
      continue;
    }
    let labels: Record<string, unknown>;
    try {
      labels = parseYaml(readFileSync(file, "utf8")) as Record<string, unknown>;
    } catch (error) {
      problems.push({ file: name, message: `not valid YAML: ${(error as Error).message}` });
      continue;
    }
    const folder = basename(dirname(file));
    if (labels.language !== undefined && /^[a-z]{2}$/.test(folder) && labels.language !== folder) {
      problems.push({ file: name, message: `language ${String(labels.language)} is not its folder's ${folder}` });
    }
    let raw: string;
    try {
      raw = new TextDecoder(String(labels.charset ?? "utf-8"), { fatal: true }).decode(readFileSync(docPath));
    } catch (error) {
      problems.push({ file: name, message: `document does not decode as ${String(labels.charset ?? "utf-8")}: ${(error as Error).message}` });
      continue;
    }
    const doc = docPath.endsWith(".html") ? readHtml(raw) : readText(raw);
    if (doc.main === "") problems.push({ file: name, message: "no article body found in the document" });
    for (const message of checkLabels(labels, doc, claims)) problems.push({ file: name, message });
    const figures = Array.isArray(labels.figures) ? (labels.figures as Array<Record<string, unknown>>) : [];
    figureCount += figures.length;
    if (isReport && labels.relevant === true) {
      const lines = reportUnquoted(doc, figures);
      if (lines.length > 0) process.stdout.write(`${name}: numbers no quote covers\n${lines.join("\n")}\n`);
    }
  }
  for (const p of problems) process.stderr.write(`${p.file}: ${p.message}\n`);
  process.stdout.write(`${files.length} labelled documents, ${figureCount} figures, ${problems.length} problems\n`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}

main();
