import { TOKEN_ENV_VAR } from '@llmd/plugin-llmd-common';

/**
 * The shell line that puts a minted token where the snippets read it (`export LLMD_TOKEN=...`). Single-quoted so a
 * shell takes the token literally whatever it contains.
 */
export function exportTokenLine(token: string): string {
  return `export ${TOKEN_ENV_VAR}='${token.replace(/'/g, `'\\''`)}'`;
}
