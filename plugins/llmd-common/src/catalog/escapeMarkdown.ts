/**
 * Characters that start inline Markdown (GFM) constructs: code spans, emphasis, strikethrough, links and images
 * (`[`/`]`), raw HTML and autolinks (`<`/`>`), and the backslash itself (so input cannot cancel an escape we add).
 * Parentheses need no escape: without an unescaped `]` right before them they cannot form a link destination, and
 * leaving them alone keeps display names such as `Llama 3 (8B)` readable where Backstage shows text verbatim.
 */
const INLINE_SYNTAX = /[\\`*_~[\]<>]/g;

/** `&` opening a character reference (`&#91;`, `&lt;`): escaped so the reference shows literally. */
const CHARACTER_REFERENCE = /&(?=#?[0-9A-Za-z]+;)/g;

/**
 * What GFM turns into links without any brackets: `scheme://…`, `www.…` and `user@host` (emails, also after
 * `mailto:`/`xmpp:`). A backslash escape does not stop them: remark-gfm, behind Backstage's Markdown component, finds
 * them in the parsed text where escapes are already gone. An invisible word joiner (U+2060) inside `://`, `www.` and
 * before `@` does; the text reads the same.
 */
const WORD_JOINER = '\u2060';
const AUTOLINK_SCHEME = /:(?=\/\/)/g;
const AUTOLINK_WWW = /(www)(?=\.)/gi;
const AUTOLINK_EMAIL = /@/g;

/** Line breaks and other control characters: a new line could start a heading, list, quote or table. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/** Markers that start a block (heading, list, quote, setext underline) when they open the text. */
const LEADING_BLOCK_MARKER = /^(\s*)([#+\-=]|\d+[.)])/;

/**
 * Escapes cluster-sourced text (model names, display names, namespaces, class names) for a place Backstage renders
 * as Markdown, such as an entity's `description` in the About card: a hostile object cannot inject a link, image
 * (tracking pixel), autolink, HTML or formatting, and the rendered text reads like the input (line breaks become
 * spaces, autolinks get an invisible word joiner). Text without Markdown syntax is returned unchanged, so ordinary names look the same in the plain
 * text views (catalog table, entity header) that show these fields verbatim.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(CONTROL, ' ')
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(CHARACTER_REFERENCE, '\\&')
    .replace(AUTOLINK_SCHEME, `:${WORD_JOINER}`)
    .replace(AUTOLINK_WWW, `$1${WORD_JOINER}`)
    .replace(AUTOLINK_EMAIL, `${WORD_JOINER}@`)
    .replace(
      LEADING_BLOCK_MARKER,
      (_, space: string, marker: string) =>
        // `1.` → `1\.`: escape the marker's last character
        `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`,
    );
}
