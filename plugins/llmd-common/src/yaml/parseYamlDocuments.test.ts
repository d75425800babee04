import { parseAllDocuments, parseDocument } from 'yaml';
import { parseYamlDocument, parseYamlDocuments } from './parseYamlDocuments';

/** Code, first message line and position of each error: what callers show. */
const errorsOf = (docs: readonly { errors: readonly any[] }[]) =>
  docs.map(doc =>
    doc.errors.map(e => ({
      code: e.code,
      message: e.message.split('\n')[0],
      pos: e.pos[0],
      linePos: e.linePos?.[0],
    })),
  );

const CASES = [
  'a: 1\nb: 2\na: 3\n',
  'a: 1\n"a": 2\n',
  '1: x\n"1": y\n',
  'outer:\n  inner: 1\n  inner: 2\nouter: 3\n',
  '{a: 1, b: 2, a: 3}\n',
  '- a: 1\n  a: 2\n- [x, {k: 1, k: 2}]\n',
  'base: &b {a: 1, a: 2}\nuse: *b\n',
  '? [a, b]\n: 1\n? [a, b]\n: 2\n',
  'a: 1\n---\na: 1\na: 2\n---\nbroken: [\n',
  'a: 1\nb: {c: [\na: 2\n',
];

describe('parseYamlDocuments', () => {
  it.each(CASES)('reports what uniqueKeys: true reports for %j', text => {
    expect(errorsOf(parseYamlDocuments(text))).toEqual(
      errorsOf(Array.from(parseAllDocuments(text, { uniqueKeys: true }))),
    );
    expect(errorsOf([parseYamlDocument(text)])).toEqual(
      errorsOf([parseDocument(text, { uniqueKeys: true })]),
    );
  });

  it('is linear in the keys of one mapping (13.5 k keys, a 1 MB text)', () => {
    const keys = (n: number, dup: boolean) =>
      Array.from(
        { length: n },
        (_, i) => `key-${dup && i === n - 1 ? 0 : i}-${'x'.repeat(60)}: 1`,
      ).join('\n');
    // warm up, then compare a map with 4× the keys: quadratic would take ~16× as long
    parseYamlDocuments(keys(1000, true));
    const time = (n: number) => {
      const start = performance.now();
      const [doc] = parseYamlDocuments(keys(n, true));
      expect(doc.errors.map(e => e.code)).toEqual(['DUPLICATE_KEY']);
      return performance.now() - start;
    };
    const small = Math.max(time(3400), 1);
    const large = time(13_500);
    expect(large / small).toBeLessThan(10);
  });

  it('keeps syntax errors of documents beside the duplicate keys of others', () => {
    const docs = parseYamlDocuments('a: 1\na: 2\n---\nb: [\n');
    expect(docs.map(d => d.errors.map(e => e.code))).toEqual([
      ['DUPLICATE_KEY'],
      [expect.any(String)],
    ]);
  });
});
