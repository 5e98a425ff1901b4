import { commonEnvSchema, parseEnv } from "@claimwatch/runtime";
import { z } from "zod";

export const dashboardEnvSchema = z.object({
  DASHBOARD_HOST: z.string().default("127.0.0.1"),
  DASHBOARD_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  DASHBOARD_TOKEN: z.string().min(16, "DASHBOARD_TOKEN must be at least 16 characters").optional(),
});

const envSchema = commonEnvSchema.merge(dashboardEnvSchema);
export type DashboardEnv = z.infer<typeof envSchema>;
export const parseDashboardEnv = (raw: NodeJS.ProcessEnv): DashboardEnv => parseEnv(envSchema, raw);
