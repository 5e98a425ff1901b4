// The notify worker alone: `pnpm --filter @claimwatch/notify-worker start`.
import { runMain } from "@claimwatch/runtime";
import { parseNotifyEnv } from "./env.ts";
import { start } from "./start.ts";

runMain("notify-worker", async () => {
  await start(parseNotifyEnv(process.env));
});
