/**
 * Runs check-labels.ts over the non-English corpus folders after decoding pages stored in a legacy
 * charset (windows-1251, EUC-KR, Shift_JIS, GBK), which check-labels reads as UTF-8.
 *
 *   npx tsx packages/extraction/corpus/check-labels-legacy.ts [lang...] [--report]
 *
 * Each labels file may carry `language:` (must equal its folder) and `charset:` (the bytes of its
 * page, also declared in the page's <meta charset>). Those two fields are checked here, then the
 * documents are copied to a temporary folder as UTF-8, without the two fields, and check-labels.ts
 * runs on the copy. Exits with check-labels' exit code, or 1 when a check here fails.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";

const corpusDir = dirname(fileURLToPath(import.meta.url));
const defaultLangs = ["ru", "uk", "ko", "ja", "zh", "de", "fr", "it", "pt", "es"];

function copyLanguage(lang: string, target: string): string[] {
  const errors: string[] = [];
  const from = join(corpusDir, lang);
  mkdirSync(join(target, lang), { recursive: true });
  for (const name of readdirSync(from).filter((n) => n.endsWith(".labels.yaml"))) {
    const slug = name.slice(0, -".labels.yaml".length);
    const labels = readFileSync(join(from, name), "utf8");
    const language = /^language: *(\S+)/m.exec(labels)?.[1];
    if (language !== lang) errors.push(`${lang}/${name}: language ${String(language)} is not ${lang}`);
    const charset = /^charset: *(\S+)/m.exec(labels)?.[1] ?? "utf-8";
    if (!iconv.encodingExists(charset)) errors.push(`${lang}/${name}: unknown charset ${charset}`);
    writeFileSync(join(target, lang, name), labels.replace(/^(language|charset):.*\n/gm, ""));
    for (const ext of [".txt", ".html"]) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(from, slug + ext));
      } catch {
        continue;
      }
      const text = iconv.decode(bytes, iconv.encodingExists(charset) ? charset : "utf-8");
      if (text.includes("\uFFFD")) errors.push(`${lang}/${slug}${ext}: bytes do not decode as ${charset}`);
      if (ext === ".html") {
        const declared = /<meta charset="?([\w-]+)/i.exec(text)?.[1];
        if (declared?.toLowerCase() !== charset.toLowerCase()) {
          errors.push(`${lang}/${slug}${ext}: <meta charset> says ${String(declared)}, labels say ${charset}`);
        }
      }
      writeFileSync(join(target, lang, slug + ext), text.replace(/<meta charset="?[\w-]+"?>/i, '<meta charset="utf-8">'));
    }
  }
  return errors;
}

function main(): void {
  const args = process.argv.slice(2);
  const langs = args.filter((a) => !a.startsWith("--"));
  const target = mkdtempSync(join(tmpdir(), "corpus-check-"));
  try {
    const chosen = langs.length > 0 ? langs : defaultLangs;
    const errors = chosen.flatMap((lang) => copyLanguage(lang, target));
    for (const e of errors) process.stderr.write(`${e}\n`);
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", join(corpusDir, "check-labels.ts"), ...chosen.map((l) => join(target, l)), ...args.filter((a) => a.startsWith("--"))],
      { stdio: "inherit" },
    );
    process.exitCode = errors.length > 0 ? 1 : (run.status ?? 1);
  } finally {
    rmSync(target, { recursive: true, force: true });
  }
}

main();
