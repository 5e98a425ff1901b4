// Reads the labelled corpus: per document `<lang>/<slug>.html` or `.txt` beside `<slug>.labels.yaml`.
// Every problem is collected and reported at once, naming the file and the field.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { type Catalog, ClaimwatchError, qualifierSchema, unitSchema } from "@claimwatch/domain";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { decodeHtml } from "../src/body/decode-html.ts";

const labelledFigureSchema = z
  .object({
    claim: z.string().nullable(),
    value: z.number().optional(),
    low: z.number().optional(),
    high: z.number().optional(),
    unit: unitSchema,
    currency: z.string().optional(),
    qualifier: qualifierSchema,
    quote: z.string().min(1),
  })
  .strict()
  .refine((f) => (f.value !== undefined) !== (f.low !== undefined && f.high !== undefined), {
    message: "a figure gives either value, or low and high",
  });

const labelsSchema = z
  .object({
    title: z.string().min(1),
    published: z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)).pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "published is YYYY-MM-DD")),
    url: z.string().url(),
    relevant: z.boolean(),
    language: z.string().optional(),
    charset: z.string().optional(),
    figures: z.array(z.unknown()).nullable().transform((f) => f ?? []),
  })
  .strict();

export type LabelledFigure = z.infer<typeof labelledFigureSchema>;
export type Labels = Omit<z.infer<typeof labelsSchema>, "figures"> & { figures: LabelledFigure[] };

/** One labelled document of the corpus. */
export type CorpusDoc = {
  /** `<lang>/<slug>`, for messages. */
  id: string;
  language: string;
  /** The document as a reader's tool gets it: decoded HTML, or plain text. */
  html?: string;
  text?: string;
  labels: Labels;
};

export class CorpusError extends ClaimwatchError {
  constructor(problems: string[]) {
    super(`the corpus has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`, { permanent: true });
  }
}

/**
 * Loads every document under `dir` (one folder per language). Throws CorpusError listing every
 * bad file: unreadable YAML, unknown fields, claim keys not in the catalog, a unit other than the
 * claim's, a value missing, a quote that is not in the document, a label file with no document.
 */
export function loadCorpus(dir: string, catalog: Catalog): CorpusDoc[] {
  const units = new Map(catalog.claims.map((c) => [c.key, c.unit]));
  const docs: CorpusDoc[] = [];
  const problems: string[] = [];
  for (const language of readdirSync(dir).sort()) {
    const folder = join(dir, language);
    if (!statSync(folder).isDirectory() || !/^[a-z]{2}$/.test(language)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".labels.yaml")).sort()) {
      const slug = basename(file, ".labels.yaml");
      const where = relative(dir, join(folder, file));
      const doc = readDoc(folder, slug, language, where, units, problems);
      if (doc) docs.push(doc);
    }
  }
  if (problems.length > 0) throw new CorpusError(problems);
  return docs;
}

function readDoc(folder: string, slug: string, language: string, where: string, units: Map<string, string>, problems: string[]): CorpusDoc | null {
  const htmlPath = join(folder, `${slug}.html`);
  const textPath = join(folder, `${slug}.txt`);
  const hasHtml = existsSync(htmlPath);
  if (!hasHtml && !existsSync(textPath)) {
    problems.push(`${where}: no ${slug}.html or ${slug}.txt beside it`);
    return null;
  }
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(join(folder, `${slug}.labels.yaml`), "utf8"));
  } catch (error) {
    problems.push(`${where}: not valid YAML: ${(error as Error).message}`);
    return null;
  }
  const parsed = labelsSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${where}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  // Figures are checked one by one, so that every bad figure is named even when the header is bad.
  const rawFigures = Array.isArray((raw as { figures?: unknown } | null)?.figures) ? ((raw as { figures: unknown[] }).figures) : [];
  const figures: LabelledFigure[] = [];
  rawFigures.forEach((f, i) => {
    const one = labelledFigureSchema.safeParse(f);
    if (one.success) figures.push(one.data);
    else for (const issue of one.error.issues) problems.push(`${where}: figures[${i}].${issue.path.join(".") || "(figure)"}: ${issue.message}`);
  });
  const content = hasHtml ? decodeHtml(new Uint8Array(readFileSync(htmlPath))).html : readFileSync(textPath, "utf8");
  const plain = squash(hasHtml ? stripTags(content) : content);
  figures.forEach((f, i) => {
    const at = `${where}: figures[${i}]`;
    if (f.claim !== null && !units.has(f.claim)) problems.push(`${at}: claim "${f.claim}" is not in the catalog`);
    else if (f.claim !== null && units.get(f.claim) !== f.unit) problems.push(`${at}: ${f.claim} is measured in ${units.get(f.claim)}, not ${f.unit}`);
    if (!plain.includes(squash(f.quote))) problems.push(`${at}: quote "${f.quote}" is not in the document`);
  });
  if (!parsed.success || figures.length !== rawFigures.length) return null;
  const labels: Labels = { ...parsed.data, figures };
  if (!labels.relevant && labels.figures.length > 0) problems.push(`${where}: an irrelevant document lists figures`);
  const id = `${language}/${slug}`;
  return hasHtml ? { id, language, html: content, labels } : { id, language, text: content, labels };
}

function stripTags(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<\/?(?:p|div|br|li|ul|ol|h[1-6]|section|article|header|footer|aside|nav|tr|td|th|table|blockquote|figure|figcaption|main|title)\b[^>]*>/gi, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;|&#160;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)));
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
