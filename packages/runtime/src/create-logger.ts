import { pino, type Logger } from "pino";

export type { Logger };

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

/**
 * The root logger of a process: JSON lines on stderr (stdout belongs to command output such as
 * `claimwatch status --json`), with credentials redacted wherever they appear in log fields.
 */
export function createLogger(opts: { service: string; level?: LogLevel; destination?: NodeJS.WritableStream }): Logger {
  return pino(
    {
      name: "claimwatch",
      level: opts.level ?? "info",
      base: { service: opts.service },
      redact: {
        paths: [
          "authorization",
          "*.authorization",
          "headers.authorization",
          "*.headers.authorization",
          "password",
          "*.password",
          "token",
          "*.token",
          "smtpUrl",
          "*.smtpUrl",
        ],
        censor: "[redacted]",
      },
    },
    opts.destination ?? pino.destination({ fd: 2, sync: true }),
  );
}

/** Replaces the password of a URL (smtp://user:pass@host) so the URL can be shown or logged. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    // Not a URL: it may still hold a secret, so show nothing of it.
    return "[unparseable url]";
  }
}
