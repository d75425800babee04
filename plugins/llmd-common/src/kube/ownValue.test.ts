import { ownValue } from './ownValue';

describe('ownValue', () => {
  const table: Record<string, number> = { a: 1 };
  it.each([
    'constructor',
    'toString',
    '__proto__',
    'hasOwnProperty',
    'valueOf',
  ])('answers %s with nothing', key =>
    expect(ownValue(table, key)).toBeUndefined(),
  );
  it('answers own keys', () => {
    expect(ownValue(table, 'a')).toBe(1);
    expect(ownValue(undefined, 'a')).toBeUndefined();
  });
});
