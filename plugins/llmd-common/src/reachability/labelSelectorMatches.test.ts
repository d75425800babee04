import { labelSelectorMatches } from './labelSelectorMatches';

describe('labelSelectorMatches', () => {
  const labels = { 'llm-d.ai/gateway-access': 'true', tier: 'gold' };

  it.each([
    [{}, true],
    [{ matchLabels: { 'llm-d.ai/gateway-access': 'true' } }, true],
    [{ matchLabels: { 'llm-d.ai/gateway-access': 'false' } }, false],
    [
      {
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['gold', 'silver'] },
        ],
      },
      true,
    ],
    [
      {
        matchExpressions: [
          { key: 'tier', operator: 'NotIn', values: ['gold'] },
        ],
      },
      false,
    ],
    [
      { matchExpressions: [{ key: 'team', operator: 'NotIn', values: ['a'] }] },
      true,
    ],
    [{ matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, true],
    [{ matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, false],
    [
      { matchExpressions: [{ key: 'tier', operator: 'Gt', values: ['1'] }] },
      false,
    ],
    [
      {
        matchLabels: { tier: 'gold' },
        matchExpressions: [{ key: 'team', operator: 'Exists' }],
      },
      false,
    ],
  ])('%j → %s', (selector, expected) => {
    expect(labelSelectorMatches(selector, labels)).toBe(expected);
  });
});
