const SPECIAL = new Set([...';&|<>()$`*?[]#~{}!']);

/**
 * Test-only: splits shell text into words the way a POSIX shell does (blanks separate words; single quotes keep
 * everything; double quotes keep everything but `\` before `"`, `\`, `$`, `` ` ``; a bare `\` escapes the next
 * character). Instead of expanding, it throws on any unquoted character a shell would act on (operators,
 * expansions, globs, comments): enough to check that quoted VLLM_ADDITIONAL_ARGS text gives back its arguments and
 * nothing else.
 */
export function splitShellWords(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let i = 0;
  const append = (s: string) => {
    word = (word ?? '') + s;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n') {
      if (word !== undefined) words.push(word);
      word = undefined;
      i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new Error('unterminated single quote');
      append(text.slice(i + 1, end));
      i = end + 1;
    } else if (c === '"') {
      append('');
      i++;
      while (text[i] !== '"') {
        if (i >= text.length) throw new Error('unterminated double quote');
        if (text[i] === '\\' && '"\\$`'.includes(text[i + 1])) {
          append(text[i + 1]);
          i += 2;
        } else {
          append(text[i]);
          i++;
        }
      }
      i++;
    } else if (c === '\\') {
      if (i + 1 >= text.length) throw new Error('trailing backslash');
      append(text[i + 1]);
      i += 2;
    } else if (SPECIAL.has(c)) {
      throw new Error(`unquoted shell metacharacter ${c}`);
    } else {
      append(c);
      i++;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}
