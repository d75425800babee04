/** Replaces secrets, bearer/basic credentials and URL user info in a text. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    // Very short strings would redact ordinary words; real tokens are long.
    if (secret.length >= 8) {
      result = result.split(secret).join('[redacted]');
    }
  }
  return result
    .replace(/\b(Bearer|Basic)\s+[^\s"',]+/gi, '$1 [redacted]')
    .replace(/(\w+:\/\/)[^/\s@]+@/g, '$1[redacted]@');
}
