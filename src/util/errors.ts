/**
 * A problem with how poisongate was invoked or configured (bad policy, missing ref, bad flag).
 * The CLI maps it to exit code 2; the Action fails the step with its message.
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Message of any thrown value, for reports that must never print `[object Object]`. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
