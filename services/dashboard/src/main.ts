// The dashboard alone: `pnpm --filter @claimwatch/dashboard start`.
import { runMain } from "@claimwatch/runtime";
import { parseDashboardEnv } from "./env.ts";
import { start } from "./start.ts";

runMain("dashboard", async () => {
  await start(parseDashboardEnv(process.env));
});
