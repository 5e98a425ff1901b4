import { commonEnvSchema, digestEnvSchema, parseEnv } from "@claimwatch/runtime";
import { z } from "zod";

/** Settings of the schedule; shared by the scheduler and the all-in-one `serve`. */
export const scheduleEnvSchema = digestEnvSchema.extend({
  /** The feed list file; default: the project's own list (packages/feeds/default-feeds.txt). */
  CLAIMWATCH_FEEDS: z.string().optional(),
  /** How often each feed's poll job fires; the feed worker skips polls that are not due yet. */
  FEED_CHECK_EVERY_MIN: z.coerce.number().positive().default(5),
  OUTBOX_SWEEP_EVERY_SEC: z.coerce.number().int().min(5).default(60),
  /** How often the feed list and the catalog are reloaded, so edits need no restart. */
  RELOAD_EVERY_MIN: z.coerce.number().positive().default(5),
});

const envSchema = commonEnvSchema.merge(scheduleEnvSchema);
export type SchedulerEnv = z.infer<typeof envSchema>;
export const parseSchedulerEnv = (raw: NodeJS.ProcessEnv): SchedulerEnv => parseEnv(envSchema, raw);
