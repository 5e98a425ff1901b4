// `pnpm bench [filter]`: runs every benchmark script (packages/*/bench/*.bench.ts,
// services/*/bench/*.bench.ts) one after the other, so they do not disturb each other's timings.
// Each prints its figures as JSON, with a baseline measured in the same run.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const filter = process.argv[2];
function listBenchFiles(): string[] {
  return ["packages", "services"].flatMap((top) =>
    readdirSync(top).flatMap((name) => {
      const dir = join(top, name, "bench");
      return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".bench.ts")).map((f) => join(dir, f)) : [];
    }),
  );
}

const files = listBenchFiles()
  .filter((f) => !filter || f.includes(filter))
  .sort();
if (files.length === 0) {
  console.error(filter ? `no benchmark matches "${filter}"` : "no benchmarks found");
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  console.error(`\n# ${file}`);
  const run = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", file], { stdio: "inherit" });
  if (run.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
