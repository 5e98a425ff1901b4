// The compare worker alone: `pnpm --filter @claimwatch/compare-worker start`.
import { runMain } from "@claimwatch/runtime";
import { parseCompareEnv } from "./env.ts";
import { start } from "./start.ts";

runMain("compare-worker", async () => {
  await start(parseCompareEnv(process.env));
});
