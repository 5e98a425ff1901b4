import { commonEnvSchema, fetchEnvSchema, parseEnv } from "@claimwatch/runtime";
import { z } from "zod";

const envSchema = commonEnvSchema.merge(fetchEnvSchema).extend({
  ARTICLE_CONCURRENCY: z.coerce.number().int().positive().optional(),
});
export type ArticleEnv = z.infer<typeof envSchema>;
export const parseArticleEnv = (raw: NodeJS.ProcessEnv): ArticleEnv => parseEnv(envSchema, raw);
