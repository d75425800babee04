import { ConfigReader } from '@backstage/config';
import { DEFAULT_CACHE_TUNING } from './clusterConfig';
import { readCacheTuning } from './readCacheTuning';

describe('readCacheTuning', () => {
  it('defaults everything', () => {
    expect(readCacheTuning(new ConfigReader({}))).toEqual(DEFAULT_CACHE_TUNING);
  });

  it('reads overrides', () => {
    expect(
      readCacheTuning(
        new ConfigReader({
          llmd: {
            cache: {
              backoff: { initialMs: 10, maxMs: 100 },
              pageSize: 50,
              watchTimeoutSeconds: 60,
              requestTimeoutMs: 5000,
            },
          },
        }),
      ),
    ).toEqual({
      backoffInitialMs: 10,
      backoffMaxMs: 100,
      pageSize: 50,
      watchTimeoutSeconds: 60,
      requestTimeoutMs: 5000,
    });
  });

  it.each([
    [{ backoff: { initialMs: 0 } }, "'llmd.cache.backoff.initialMs'"],
    [{ backoff: { initialMs: 500, maxMs: 100 } }, "'llmd.cache.backoff.maxMs'"],
    [{ pageSize: 2.5 }, "'llmd.cache.pageSize'"],
    [{ watchTimeoutSeconds: -1 }, "'llmd.cache.watchTimeoutSeconds'"],
  ])('rejects %j naming the key', (cache, key) => {
    expect(() =>
      readCacheTuning(new ConfigReader({ llmd: { cache } })),
    ).toThrow(key);
  });
});
