import { matchesLabels, parseLabelSelector } from './labelSelector';

describe('label selectors', () => {
  const labels = { app: 'granite', tier: 'gold', version: '3' };
  const matches = (selector: string) =>
    matchesLabels(parseLabelSelector(selector), labels);

  it.each([
    ['', true],
    ['app', true],
    ['!app', false],
    ['!missing', true],
    ['app=granite', true],
    ['app==granite', true],
    ['app=other', false],
    ['app!=other', true],
    ['missing!=x', true],
    ['app in (granite,llama)', true],
    ['app in (llama)', false],
    ['missing in (x)', false],
    ['app notin (llama)', true],
    ['missing notin (x)', true],
    ['app notin (granite)', false],
    ['version>2', true],
    ['version<2', false],
    [' app = granite , tier in ( gold ) ', true],
    ['app=granite,tier=silver', false],
    ['example.com/role', false],
  ])('%j matches: %s', (selector, expected) => {
    expect(matches(selector)).toBe(expected);
  });

  it('parses empty values', () => {
    expect(parseLabelSelector('a=')).toEqual([
      { key: 'a', operator: 'eq', values: [''] },
    ]);
    expect(matchesLabels(parseLabelSelector('a='), { a: '' })).toBe(true);
  });

  it.each([
    'a in (b',
    'a in b',
    '=a',
    'a,',
    'a b',
    'a=b=c',
    'a!',
    'in (x)x',
    '$a',
    'a/b/c',
    'a>x',
  ])('rejects %j', selector => {
    expect(() => parseLabelSelector(selector)).toThrow();
  });
});
