// Characters a POSIX shell never treats specially inside a word (the set Python's shlex.quote leaves bare).
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * Quotes one argument for a POSIX shell: safe words stay bare (so `--max-model-len=32768` reads as in the guide),
 * anything else is wrapped in single quotes, each `'` written as `'\''`. Inside single quotes a shell expands
 * nothing, so the word reaches the program unchanged however often the text is re-parsed by `eval`.
 */
export function shellQuote(arg: string): string {
  if (SAFE_WORD.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** Joins arguments into one shell command-line fragment that a shell splits back into exactly these arguments. */
export function shellJoin(args: readonly string[]): string {
  return args.map(shellQuote).join(' ');
}
