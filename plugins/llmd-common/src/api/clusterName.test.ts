import { clusterNameSchema, isClusterName } from './clusterName';

describe('cluster names', () => {
  it.each(['demo', 'east', 'prod-eu.1', 'OpenShift_AI', 'a', 'x'.repeat(253)])(
    'accepts %s',
    name => {
      expect(isClusterName(name)).toBe(true);
      expect(clusterNameSchema.safeParse(name).success).toBe(true);
    },
  );

  it('refuses an empty name', () => {
    expect(isClusterName('')).toBe(false);
    expect(clusterNameSchema.safeParse('').success).toBe(false);
  });

  it.each([
    'demo\nINFO forged line',
    'demo\u001b[31mred',
    'demo prod',
    '-demo',
    'demo-',
    'team:a',
    'a/b',
    'x'.repeat(254),
  ])('refuses %j without repeating it', name => {
    expect(isClusterName(name)).toBe(false);
    const result = clusterNameSchema.safeParse(name);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map(i => i.message).join(' ');
    expect(messages).not.toContain(name);
  });

  it('refuses non-strings', () => {
    expect(isClusterName(42)).toBe(false);
    expect(isClusterName(undefined)).toBe(false);
  });
});
