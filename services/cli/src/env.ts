import { dashboardEnvSchema } from "@claimwatch/dashboard";
import { alertEnvSchema, checkRecipients } from "@claimwatch/notify-worker";
import { commonEnvSchema, fetchEnvSchema, parseEnv } from "@claimwatch/runtime";
import { scheduleEnvSchema } from "@claimwatch/scheduler";
import { z } from "zod";

/** The CLI runs every part, so it reads every part's settings (README, "Configuration"). */
export const cliEnvSchema = commonEnvSchema
  .merge(alertEnvSchema)
  .merge(scheduleEnvSchema)
  .merge(dashboardEnvSchema)
  .merge(fetchEnvSchema)
  .extend({
    // The CLI talks to a person through its summary; its JSON log shows errors only unless asked.
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("error"),
    /** Where pnpm was started; relative paths given on the command line are resolved against it. */
    INIT_CWD: z.string().optional(),
  });
export type CliEnv = z.infer<typeof cliEnvSchema>;
export const parseCliEnv = (raw: NodeJS.ProcessEnv): CliEnv => checkRecipients(parseEnv(cliEnvSchema, raw));
