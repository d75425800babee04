import { applyMergePatch } from './applyMergePatch';

describe('JSON merge patch', () => {
  it('merges objects, deletes nulls and replaces lists and scalars', () => {
    const target = { a: { b: 1, c: 2 }, list: [1, 2], keep: 'x' };
    expect(
      applyMergePatch(target, {
        a: { b: null, d: 3 },
        list: [3],
        keep: 'y',
        added: {},
      }),
    ).toEqual({
      a: { c: 2, d: 3 },
      list: [3],
      keep: 'y',
      added: {},
    });
    expect(target.a).toEqual({ b: 1, c: 2 });
    expect(applyMergePatch({ a: 1 }, [1])).toEqual([1]);
    expect(applyMergePatch('text', { a: 1 })).toEqual({ a: 1 });
  });
});
