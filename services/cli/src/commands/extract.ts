import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { judgeFigure, loadCatalog } from "@claimwatch/claims";
import type { ArticleExtraction, Catalog } from "@claimwatch/domain";
import { extractArticle } from "@claimwatch/extraction";
import { z } from "zod";

/** One input line of the extraction contract (DESIGN.md). */
const inputSchema = z
  .object({
    id: z.union([z.string(), z.number()]),
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().nullish(),
    title: z.string().nullish(),
    published: z.string().nullish(),
  })
  .refine((l) => l.text !== undefined || l.html !== undefined, { message: 'a line needs "text" or "html"' });

type Input = z.infer<typeof inputSchema>;

/** The output line of the contract, field for field. */
export function toContractLine(id: Input["id"], ex: ArticleExtraction, catalog: Catalog) {
  const claims = new Map(catalog.claims.map((c) => [c.key, c]));
  return {
    id,
    relevant: ex.relevant,
    language: ex.language,
    title: ex.title,
    published: ex.published,
    body: ex.paragraphs.join("\n\n"),
    figures: ex.figures.map((f) => {
      const claim = f.claim === null ? undefined : claims.get(f.claim);
      return {
        claim: f.claim,
        value: f.value,
        low: f.low,
        high: f.high,
        unit: f.unit,
        qualifier: f.qualifier,
        quote: f.quote,
        verdict: claim ? judgeFigure(f, claim) : null,
      };
    }),
  };
}

function extractLine(line: string, catalog: Catalog): object {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `not valid JSON: ${(error as Error).message}` };
  }
  const id = (raw as { id?: unknown } | null)?.id ?? null;
  const parsed = inputSchema.safeParse(raw);
  if (!parsed.success) {
    return { id, error: parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ") };
  }
  const input = parsed.data;
  try {
    const ex = extractArticle(
      { html: input.html, text: input.text, url: input.url ?? null, title: input.title ?? null, published: input.published ?? null },
      catalog,
    );
    return toContractLine(input.id, ex, catalog);
  } catch (error) {
    return { id, error: `extraction failed: ${(error as Error).message}` };
  }
}

/**
 * `claimwatch extract [FILE] [--jsonl]`: with --jsonl, one JSON document per input line and one
 * result per output line, in order; without, FILE (or stdin) is one HTML or text document and the
 * result is printed as indented JSON. Needs no database, Redis or network.
 */
export async function runExtract(opts: { file?: string | undefined; jsonl: boolean; catalogPath?: string | undefined }): Promise<number> {
  const catalog = loadCatalog(opts.catalogPath);
  if (opts.jsonl) {
    const lines = createInterface({ input: opts.file ? createReadStream(opts.file) : process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === "") continue;
      const out = JSON.stringify(extractLine(line, catalog));
      if (!process.stdout.write(`${out}\n`)) await new Promise((r) => process.stdout.once("drain", r));
    }
    return 0;
  }
  const content = readFileSync(opts.file ?? 0, "utf8");
  const isHtml = /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(content);
  const ex = extractArticle(isHtml ? { html: content } : { text: content }, catalog);
  process.stdout.write(`${JSON.stringify(toContractLine(opts.file ?? "stdin", ex, catalog), null, 2)}\n`);
  return 0;
}
