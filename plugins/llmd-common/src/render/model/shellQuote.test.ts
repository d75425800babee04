import fc from 'fast-check';
import { shellJoin, shellQuote } from './shellQuote';
import { splitShellWords } from './__testUtils__/splitShellWords';

describe('shellQuote', () => {
  it('leaves plain flags bare, as the guide writes them', () => {
    expect(shellQuote('--max-model-len=32768')).toBe('--max-model-len=32768');
    expect(shellQuote('--block-size')).toBe('--block-size');
    expect(shellQuote('meta-llama/Llama-3.1-8B-Instruct')).toBe(
      'meta-llama/Llama-3.1-8B-Instruct',
    );
  });

  it("single-quotes JSON the way the guide does and escapes ' as '\\''", () => {
    expect(
      shellQuote('{"kv_connector":"NixlConnector","kv_role":"kv_both"}'),
    ).toBe(`'{"kv_connector":"NixlConnector","kv_role":"kv_both"}'`);
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('$(reboot)')).toBe("'$(reboot)'");
    expect(shellQuote('a b')).toBe("'a b'");
  });

  it('joins arguments with single spaces', () => {
    expect(shellJoin(['--a', 'b c', '--d=1'])).toBe("--a 'b c' --d=1");
    expect(shellJoin([])).toBe('');
  });

  it('round-trips any arguments through a POSIX word splitter', () => {
    const shellish = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^[-a-z_=,.:/'"\\$`{}[\]*?!#~;&|<> ()\t\n]*$/),
    );
    fc.assert(
      fc.property(fc.array(shellish, { maxLength: 8 }), args => {
        // Environment values cannot hold NUL; the input schema rejects control characters anyway.
        const clean = args.map(a => a.replace(/\0/g, ''));
        expect(splitShellWords(shellJoin(clean))).toEqual(clean);
      }),
      { numRuns: 500 },
    );
  });

  it('the splitter refuses what a shell would act on', () => {
    expect(() => splitShellWords('a;b')).toThrow(/metacharacter/);
    expect(() => splitShellWords("'open")).toThrow(/unterminated/);
    expect(splitShellWords(`a 'b c' "d\\"e" f\\ g`)).toEqual([
      'a',
      'b c',
      'd"e',
      'f g',
    ]);
  });
});
