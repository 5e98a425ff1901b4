import { commonEnvSchema, parseEnv } from "@claimwatch/runtime";
import { z } from "zod";

const envSchema = commonEnvSchema.extend({
  COMPARE_CONCURRENCY: z.coerce.number().int().positive().optional(),
});
export type CompareEnv = z.infer<typeof envSchema>;
export const parseCompareEnv = (raw: NodeJS.ProcessEnv): CompareEnv => parseEnv(envSchema, raw);
