import { ConfigReader } from '@backstage/config';
import { grantedTokenTtlSeconds, readMaxTokenTtlSeconds } from './tokenTtl';

describe('token lifetime', () => {
  it('reads the cap, 3600 by default', () => {
    expect(readMaxTokenTtlSeconds(new ConfigReader({}))).toBe(3600);
    expect(
      readMaxTokenTtlSeconds(
        new ConfigReader({ llmd: { tokens: { maxTtlSeconds: 900 } } }),
      ),
    ).toBe(900);
  });

  it.each([599, 1200.5])('rejects a cap of %p', value => {
    expect(() =>
      readMaxTokenTtlSeconds(
        new ConfigReader({ llmd: { tokens: { maxTtlSeconds: value } } }),
      ),
    ).toThrow('llmd.tokens.maxTtlSeconds');
  });

  it('grants the request (default 3600) up to the cap', () => {
    expect(grantedTokenTtlSeconds(undefined, 7200)).toBe(3600);
    expect(grantedTokenTtlSeconds(undefined, 1800)).toBe(1800);
    expect(grantedTokenTtlSeconds(900, 3600)).toBe(900);
    expect(grantedTokenTtlSeconds(86400, 3600)).toBe(3600);
  });
});
