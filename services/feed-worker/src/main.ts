// The feed worker alone: `pnpm --filter @claimwatch/feed-worker start`.
import { runMain } from "@claimwatch/runtime";
import { parseFeedEnv } from "./env.ts";
import { start } from "./start.ts";

runMain("feed-worker", async () => {
  await start(parseFeedEnv(process.env));
});
