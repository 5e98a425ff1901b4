import { z } from "zod";

/**
 * Validates the environment against a service's schema. Throws one error listing every invalid
 * variable (never its value, which may be a secret), so a broken setup fails at boot.
 */
export function parseEnv<S extends z.ZodType>(schema: S, raw: NodeJS.ProcessEnv): z.infer<S> {
  // Empty strings mean "unset": `FOO= claimwatch run` must behave like no FOO at all.
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "(env)"}: ${issue.message}`);
  throw new EnvError(`invalid environment:\n${lines.join("\n")}`);
}

export class EnvError extends Error {
  override name = "EnvError";
}

/** Environment shared by every service; DESIGN.md lists the variables outside tools rely on. */
export const commonEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "REDIS_URL must be a redis:// or rediss:// URL")
    .default("redis://127.0.0.1:6379"),
  CLAIMWATCH_QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/, "CLAIMWATCH_QUEUE_PREFIX may hold letters, digits, _ . and - only")
    .default("claimwatch"),
  CLAIMWATCH_DATA_DIR: z.string().default("./.claimwatch"),
  CLAIMWATCH_CATALOG: z.string().optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
});
export type CommonEnv = z.infer<typeof commonEnvSchema>;
