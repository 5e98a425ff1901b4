// The article worker alone: `pnpm --filter @claimwatch/article-worker start`.
import { runMain } from "@claimwatch/runtime";
import { parseArticleEnv } from "./env.ts";
import { start } from "./start.ts";

runMain("article-worker", async () => {
  await start(parseArticleEnv(process.env));
});
