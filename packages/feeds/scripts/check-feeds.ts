// `pnpm check:feeds DIR`: runs the real decode + parse path over every file in DIR and prints,
// per file, the charset, format, title and item count, or the specific error. Exits 1 only when
// the parser throws (a bug); a file that is not a feed is a result, not a crash.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseFeed } from "@claimwatch/feeds";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: pnpm check:feeds DIR");
  process.exit(2);
}

const files = readdirSync(dir)
  .filter((name) => !name.startsWith(".") && statSync(join(dir, name)).isFile())
  .sort();
let crashes = 0;
let feeds = 0;
let refused = 0;
for (const name of files) {
  const body = readFileSync(join(dir, name));
  try {
    const result = await parseFeed(body, { url: `https://feeds.invalid/${encodeURIComponent(name)}` });
    if (result.ok) {
      feeds += 1;
      const skipped = result.skipped.length > 0 ? `, ${result.skipped.length} skipped (${result.skipped.map((s) => s.reason).join("; ")})` : "";
      const repairs = result.repairs.length > 0 ? ` [repaired: ${result.repairs.join(", ")}]` : "";
      const title = result.feed.title === null ? "(no title)" : JSON.stringify(result.feed.title);
      console.log(`ok    ${name}  ${result.charset ?? "-"}  ${result.format}  ${title}  ${result.feed.items.length} items${skipped}${repairs}`);
    } else {
      refused += 1;
      console.log(`error ${name}  ${result.reason}: ${result.message}`);
    }
  } catch (error) {
    crashes += 1;
    console.log(`CRASH ${name}  ${(error as Error).stack ?? String(error)}`);
  }
}
console.log(`\n${files.length} files: ${feeds} read as feeds, ${refused} refused with a reason, ${crashes} crashes`);
process.exit(crashes > 0 ? 1 : 0);
