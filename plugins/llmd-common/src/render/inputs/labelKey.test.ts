import { isLabelKey, labelValue } from './labelKey';

describe('label keys and values', () => {
  it.each([
    'llm-d.ai/gateway-access',
    'app',
    'kubernetes.io/metadata.name',
    'A_b.c-9',
    `${'a'.repeat(253)}/${'b'.repeat(63)}`,
  ])('accepts the key %s', key => {
    expect(isLabelKey(key)).toBe(true);
  });

  it.each([
    '',
    'llm-d.ai/',
    '/name',
    'a/b/c',
    '-name',
    'name-',
    'Example.com/name',
    `${'b'.repeat(64)}`,
    `${'a'.repeat(254)}/b`,
    'has space',
  ])('rejects the key %j', key => {
    expect(isLabelKey(key)).toBe(false);
  });

  it('accepts label values of at most 63 characters, empty included', () => {
    expect(labelValue.safeParse('true').success).toBe(true);
    expect(labelValue.safeParse('').success).toBe(true);
    expect(labelValue.safeParse('a'.repeat(63)).success).toBe(true);
    expect(labelValue.safeParse('a'.repeat(64)).success).toBe(false);
    expect(labelValue.safeParse('openshift gateway').success).toBe(false);
  });
});
