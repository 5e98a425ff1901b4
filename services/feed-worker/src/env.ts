import { commonEnvSchema, fetchEnvSchema, parseEnv } from "@claimwatch/runtime";
import { z } from "zod";

const envSchema = commonEnvSchema.merge(fetchEnvSchema).extend({
  FEED_CONCURRENCY: z.coerce.number().int().positive().optional(),
});
export type FeedEnv = z.infer<typeof envSchema>;
export const parseFeedEnv = (raw: NodeJS.ProcessEnv): FeedEnv => parseEnv(envSchema, raw);
