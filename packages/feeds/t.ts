import { readFileSync, readdirSync } from "node:fs";
import { decodeXml } from "./src/decode/decode-xml.ts";
import { repairXml } from "./src/parse/repair-xml.ts";
import { readWithRssParser } from "./src/parse/read-with-rss-parser.ts";
for (const f of readdirSync("/work/shared/feeds")) {
  const d = decodeXml(readFileSync("/work/shared/feeds/" + f), null);
  const r = repairXml(d.text, { maxItems: 2000 });
  console.log("=====", f, r.root?.name, JSON.stringify(r.root?.attributes), r.repairs, r.htmlTitle);
  if (process.argv[2] && f.includes(process.argv[2])) console.log(r.xml);
  try { const feed = await readWithRssParser(r.xml); console.log(JSON.stringify(feed, null, 0).slice(0, 900)); } catch (e) { console.log("ERR", (e as Error).message); }
}
