/** A problem with how the CLI was called (bad option value, unreadable file): exit code 2, one-line message. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

/** Exit codes shared by all commands. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
