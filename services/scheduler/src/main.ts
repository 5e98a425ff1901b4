// The scheduler alone: `pnpm --filter @claimwatch/scheduler start`.
import { runMain } from "@claimwatch/runtime";
import { parseSchedulerEnv } from "./env.ts";
import { start } from "./start.ts";

runMain("scheduler", async () => {
  await start(parseSchedulerEnv(process.env));
});
