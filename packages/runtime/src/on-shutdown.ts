import type { Logger } from "pino";

type Step = () => Promise<void> | void;

/**
 * Graceful shutdown: on SIGINT/SIGTERM run the steps in order (stop taking work, let running jobs
 * finish, close queues, close the database), then exit 0. A hard deadline forces exit 1 if a step
 * hangs. Uncaught errors are logged as fatal and exit 1.
 */
export function onShutdown(steps: Step[], opts: { log: Logger; deadlineMs?: number }): { shutdown: (reason: string) => Promise<void> } {
  let started = false;
  const shutdown = async (reason: string): Promise<void> => {
    if (started) return;
    started = true;
    opts.log.info({ reason }, "shutting down");
    setTimeout(() => {
      opts.log.error({ deadlineMs: opts.deadlineMs ?? 25_000 }, "shutdown deadline passed, forcing exit");
      process.exit(1);
    }, opts.deadlineMs ?? 25_000).unref();
    let code = 0;
    for (const step of steps) {
      try {
        await step();
      } catch (error) {
        code = 1;
        opts.log.error({ err: error }, "shutdown step failed");
      }
    }
    opts.log.info("stopped");
    process.exit(code);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("uncaughtException", (error) => {
    opts.log.fatal({ err: error }, "uncaught exception");
    process.exit(1);
  });
  process.on("unhandledRejection", (error) => {
    opts.log.fatal({ err: error }, "unhandled rejection");
    process.exit(1);
  });
  return { shutdown };
}

/**
 * Runs a service's boot function; a failure at boot (bad environment, unreachable database,
 * outdated schema) prints one clear message on stderr and exits 1 instead of a stack trace.
 */
export function runMain(service: string, main: () => Promise<void>): void {
  // DNS lookups of dead feed hosts and the embedded database's file I/O share libuv's thread
  // pool (4 threads by default): without more threads, a few slow lookups stall every query.
  // It must be set before the pool's first use, which is why it happens here, first thing.
  process.env.UV_THREADPOOL_SIZE ??= "32";
  main().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    // The cause often says what the message could not (the driver's own words); once is enough.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : "";
    process.stderr.write(`${service}: ${message}${cause && !message.includes(cause) ? ` (${cause})` : ""}\n`);
    process.exit(1);
  });
}
