/**
 * Base of every error the project throws on purpose. `permanent` tells a job runner whether
 * retrying can help: a parse error is permanent, a refused connection is not.
 */
export class ClaimwatchError extends Error {
  readonly permanent: boolean;
  constructor(message: string, options: { cause?: unknown; permanent?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.permanent = options.permanent ?? false;
  }
}

export class NotFoundError extends ClaimwatchError {
  constructor(what: string, id: string | number) {
    super(`${what} ${id} not found`, { permanent: true });
  }
}

/** Invalid configuration or data file; the message names the file and the field. */
export class ConfigError extends ClaimwatchError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { ...options, permanent: true });
  }
}

export function isPermanent(error: unknown): boolean {
  return error instanceof ClaimwatchError && error.permanent;
}
