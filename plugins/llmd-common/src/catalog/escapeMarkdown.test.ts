import { escapeMarkdown } from './escapeMarkdown';

/** The payload of issue 22 (defect 7): a tracking image and a phishing link in `spec.model.name`. */
const HOSTILE_MODEL_NAME =
  '![t](http://evil.example/track.png) [Renew your token here](http://evil.example/phish)';

/** The invisible word joiner that breaks autolinks. */
const J = '\u2060';

describe('escapeMarkdown', () => {
  it('turns the image and link of the issue into literal text', () => {
    expect(escapeMarkdown(HOSTILE_MODEL_NAME)).toBe(
      `!\\[t\\](http:${J}//evil.example/track.png) \\[Renew your token here\\](http:${J}//evil.example/phish)`,
    );
  });

  it.each([
    ['code spans', '`x`', '\\`x\\`'],
    ['emphasis', '**b** _i_', '\\*\\*b\\*\\* \\_i\\_'],
    ['strikethrough', '~~s~~', '\\~\\~s\\~\\~'],
    ['raw HTML', '<img src=x>', '\\<img src=x\\>'],
    ['angle autolinks', '<http://a.example>', `\\<http:${J}//a.example\\>`],
    ['scheme autolinks', 'HTTPS://a.example', `HTTPS:${J}//a.example`],
    ['www autolinks', 'see WWW.evil.example', `see WWW${J}.evil.example`],
    ['email autolinks', 'mailto:a@evil.example', `mailto:a${J}@evil.example`],
    [
      'character references',
      '&#91;t&#93;(x) &lt;',
      '\\&#91;t\\&#93;(x) \\&lt;',
    ],
    ['a backslash cancelling our escape', '\\[x](y)', '\\\\\\[x\\](y)'],
    ['a leading heading marker', '# big', '\\# big'],
    ['a leading list marker', '- item', '\\- item'],
    ['a leading ordered list marker', '1. one', '1\\. one'],
    // mid-line, `#` is plain text
    ['line breaks (new blocks)', 'a\n# h\r\n> q', 'a # h \\> q'],
  ])('escapes %s', (_, input, escaped) => {
    expect(escapeMarkdown(input)).toBe(escaped);
  });

  it('leaves ordinary names as they are', () => {
    for (const name of [
      'granite-3.1-8b-instruct',
      'ibm-granite/granite-3.1-8b-instruct',
      'Llama 3 (8B) & friends',
      'team-a',
      'qwen2.5:7b',
    ]) {
      expect(escapeMarkdown(name)).toBe(name);
    }
  });
});
