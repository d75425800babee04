import { applyJsonPatch, JsonPatchError } from './jsonPatch';

describe('JSON patch', () => {
  const doc = { a: { b: 1, 'x/y': 2, 't~u': 3 }, list: [1, 2, 3] };

  it('applies add, remove, replace, move, copy and test without touching the input', () => {
    const result = applyJsonPatch(doc, [
      { op: 'test', path: '/a/b', value: 1 },
      { op: 'add', path: '/a/c', value: { d: true } },
      { op: 'add', path: '/list/1', value: 9 },
      { op: 'add', path: '/list/-', value: 4 },
      { op: 'remove', path: '/list/0' },
      { op: 'replace', path: '/a/x~1y', value: 20 },
      { op: 'move', from: '/a/t~0u', path: '/moved' },
      { op: 'copy', from: '/a/c', path: '/copied' },
    ]);
    expect(result).toEqual({
      a: { b: 1, 'x/y': 20, c: { d: true } },
      list: [9, 2, 3, 4],
      moved: 3,
      copied: { d: true },
    });
    expect(doc.list).toEqual([1, 2, 3]);
  });

  it.each([
    [[{ op: 'test', path: '/a/b', value: 2 }]],
    [[{ op: 'replace', path: '/missing', value: 1 }]],
    [[{ op: 'remove', path: '/list/7' }]],
    [[{ op: 'add', path: '/no/parent', value: 1 }]],
    [[{ op: 'jump', path: '/a' }]],
    [[{ op: 'move', path: '/a' }]],
    [{ op: 'add' }],
  ])('rejects %j', patch => {
    expect(() => applyJsonPatch(doc, patch)).toThrow(JsonPatchError);
  });
});
