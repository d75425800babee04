import { findRunnableBlocks } from './findRunnableBlocks';
import { matchesDocumented } from './matchesDocumented';

describe('findRunnableBlocks', () => {
  it('reads the marked blocks with their command, output and options', () => {
    const markdown = [
      '# Doc',
      '```sh',
      '$ npx llmd not-marked',
      '```',
      '<!-- runnable exit=1 stream=both -->',
      '',
      '```text',
      '$ npx llmd lint epp \\',
      '    a.yaml',
      'out 1',
      '...',
      '```',
    ].join('\n');
    expect(findRunnableBlocks('doc.md', markdown)).toEqual([
      {
        file: 'doc.md',
        line: 7,
        command: 'npx llmd lint epp a.yaml',
        expected: 'out 1\n...',
        exit: 1,
        stream: 'both',
      },
    ]);
  });

  it('reads blocks indented in a list item without their indentation', () => {
    const markdown = [
      '- item',
      '',
      '    <!-- runnable -->',
      '',
      '  ```text',
      '  $ npx llmd epp dialects',
      '  out',
      '  ```',
    ].join('\n');
    expect(findRunnableBlocks('doc.md', markdown)).toEqual([
      expect.objectContaining({
        command: 'npx llmd epp dialects',
        expected: 'out',
      }),
    ]);
  });

  it('does not scan blocks shown as text', () => {
    const markdown = [
      '````md',
      '<!-- runnable -->',
      '```text',
      '$ npx llmd epp dialects',
      '```',
      '````',
    ].join('\n');
    expect(findRunnableBlocks('doc.md', markdown)).toEqual([]);
  });

  it('refuses a marker without a block or a block without a command', () => {
    expect(() => findRunnableBlocks('d.md', '<!-- runnable -->\ntext')).toThrow(
      'd.md:1: no fenced block after the marker',
    );
    expect(() =>
      findRunnableBlocks('d.md', '<!-- runnable -->\n```\nout\n```'),
    ).toThrow('d.md:2: a runnable block starts with "$ "');
  });
});

describe('matchesDocumented', () => {
  it('compares exactly, with ... standing for any lines', () => {
    expect(matchesDocumented('a\nb\n', 'a\nb')).toBe(true);
    expect(matchesDocumented('a\nb\n', 'a')).toBe(false);
    expect(matchesDocumented('a\nx\ny\nb\n', 'a\n...\nb')).toBe(true);
    expect(matchesDocumented('a\nb\n', 'a\n...\nb')).toBe(true);
    expect(matchesDocumented('a\nc\n', 'a\n...\nb')).toBe(false);
  });
});
