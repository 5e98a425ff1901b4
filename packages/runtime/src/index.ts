export { createLogger, type Logger, type LogLevel, redactUrl } from "./create-logger.ts";
export { type CommonEnv, commonEnvSchema, type DigestEnv, digestEnvSchema, EnvError, type FetchEnv, fetchEnvSchema, httpOptionsOf, parseEnv, userAgentOf } from "./parse-env.ts";
export { onShutdown, runMain } from "./on-shutdown.ts";
