import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { LlmdClusterCacheMock } from '@llmd/plugin-llmd-node/testUtils';
import request from 'supertest';
import llmdPlugin from '..';
import { createTestCache } from './testCache';

type Feature = NonNullable<
  Parameters<typeof startTestBackend>[0]['features']
>[number];
type ConfigData = NonNullable<
  Parameters<typeof mockServices.rootConfig.factory>[0]
>['data'];

/** Options of {@link startLlmdTestBackend}. */
export interface LlmdTestBackendOptions {
  cache: LlmdClusterCacheMock;
  config?: ConfigData;
  features?: Feature[];
}

/** A running test backend. */
export type LlmdTestBackend = Awaited<ReturnType<typeof startTestBackend>>;

/** Starts a real backend with the llm-d plugin reading the given cache; more features override services. */
export async function startLlmdTestBackend(
  options: LlmdTestBackendOptions,
): Promise<LlmdTestBackend> {
  return startTestBackend({
    features: [
      llmdPlugin,
      options.cache.factory,
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
      ...(options.features ?? []),
    ],
  });
}

/** Runs `test` against a backend started with `options`, and stops the backend even when the test fails. */
export async function withLlmdTestBackend(
  options: LlmdTestBackendOptions,
  test: (backend: LlmdTestBackend) => Promise<void>,
): Promise<void> {
  const backend = await startLlmdTestBackend(options);
  try {
    await test(backend);
  } finally {
    await backend.stop();
  }
}

/**
 * For a `describe` whose tests only read: one backend on {@link createTestCache}, started before its tests and
 * stopped after them. Returns a function that GETs `/api/llmd<path>` from it as a signed-in user.
 */
export function readOnlyTestBackend(): (path: string) => request.Test {
  let backend: LlmdTestBackend;
  beforeAll(async () => {
    backend = await startLlmdTestBackend({ cache: createTestCache() });
  });
  afterAll(async () => {
    await backend.stop();
  });
  return path =>
    request(backend.server)
      .get(`/api/llmd${path}`)
      .set('Authorization', mockCredentials.user.header());
}
