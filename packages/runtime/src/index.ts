export { createLogger, type Logger, type LogLevel, redactUrl } from "./create-logger.ts";
export { type CommonEnv, commonEnvSchema, EnvError, parseEnv } from "./parse-env.ts";
export { onShutdown } from "./on-shutdown.ts";
