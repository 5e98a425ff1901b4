import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCatalog } from "@claimwatch/claims";
import { afterAll, describe, expect, it } from "vitest";
import { CorpusError, loadCorpus } from "./load-corpus.ts";

const catalog = loadCatalog();
const corpusDir = fileURLToPath(new URL("../corpus", import.meta.url));
const languages = ["en", "ru", "uk", "ko", "ja", "zh", "de", "fr", "it", "pt", "es"];

describe("the labelled corpus", () => {
  it("loads the development set without a labelling problem, at the size the eval's figures rest on", () => {
    const docs = loadCorpus(corpusDir, catalog);
    expect(docs.length).toBeGreaterThanOrEqual(120);
    expect(docs.reduce((n, d) => n + d.labels.figures.length, 0)).toBeGreaterThanOrEqual(500);
    for (const language of languages) expect(docs.filter((d) => d.language === language).length, language).toBeGreaterThanOrEqual(5);
  });

  it.each(["holdout", "blind2", "blind3"])("loads the held-out set %s without a labelling problem", (name) => {
    const docs = loadCorpus(join(corpusDir, name), catalog);
    expect(docs.length).toBeGreaterThanOrEqual(30);
    expect(docs.some((d) => !d.labels.relevant)).toBe(true);
  });
});

describe("loadCorpus on a bad labels file", () => {
  const dir = mkdtempSync(join(tmpdir(), "corpus-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names the file and each problem: unknown claim, wrong unit, quote not in the text", () => {
    mkdirSync(join(dir, "en"));
    writeFileSync(join(dir, "en", "a.txt"), "Headline\n\nAbout 15,000 North Korean workers are in Russia.\n");
    writeFileSync(
      join(dir, "en", "a.labels.yaml"),
      [
        "title: Headline",
        "published: 2025-06-01",
        "url: https://news.example.com/a",
        "relevant: true",
        "figures:",
        '  - { claim: no_such_claim, value: 15000, unit: count, qualifier: about, quote: "About 15,000" }',
        '  - { claim: nk_workers_in_russia, value: 15000, unit: percent, qualifier: about, quote: "About 15,000" }',
        '  - { claim: null, value: 9, unit: count, qualifier: exact, quote: "nine ships" }',
      ].join("\n"),
    );
    let problems: string[] = [];
    try {
      loadCorpus(dir, catalog);
    } catch (error) {
      if (!(error instanceof CorpusError)) throw error;
      problems = error.message.split("\n");
    }
    expect(problems.join("\n")).toContain('en/a.labels.yaml: figures[0]: claim "no_such_claim" is not in the catalog');
    expect(problems.join("\n")).toContain("en/a.labels.yaml: figures[1]: nk_workers_in_russia is measured in count, not percent");
    expect(problems.join("\n")).toContain('en/a.labels.yaml: figures[2]: quote "nine ships" is not in the document');
  });
});
