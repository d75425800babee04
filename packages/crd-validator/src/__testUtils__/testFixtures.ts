import fs from 'fs';
import path from 'path';
import { repoRoot, vendorPath } from '@internal/test-support';
import { loadCrdValidator } from '../index';
import { CrdValidator } from '../types';

/** Compiling an LLMInferenceService schema takes a second or two; tests share one validator. */
export const SLOW_TEST_TIMEOUT_MS = 60_000;

let validator: CrdValidator | undefined;

/** One validator over the bundled catalog per test file. */
export function sharedValidator(): CrdValidator {
  validator ??= loadCrdValidator();
  return validator;
}

/** Absolute path inside the repository. */
export function repoPath(...segments: string[]): string {
  return path.join(repoRoot, ...segments);
}

export { vendorPath };

/** Every file under `dir`, recursively, sorted. */
export function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap(e =>
      e.isDirectory()
        ? listFiles(path.join(dir, e.name))
        : [path.join(dir, e.name)],
    );
}

/** A minimal valid v1alpha1/v1alpha2 LLMInferenceService, with `spec` merged in. */
export function llmInferenceService(
  apiVersion: string,
  spec: Record<string, unknown> = {},
) {
  return {
    apiVersion,
    kind: 'LLMInferenceService',
    metadata: { name: 'my-model', namespace: 'tenant-a' },
    spec: { model: { uri: 'hf://Qwen/Qwen3-0.6B' }, ...spec },
  };
}

/** A tenant Gateway whose listener admits routes `from` the given namespaces. */
export function gateway(from: string) {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name: 'tenant-a-gateway', namespace: 'tenant-a' },
    spec: {
      gatewayClassName: 'openshift-ai-inference',
      listeners: [
        {
          name: 'http',
          port: 80,
          protocol: 'HTTP',
          allowedRoutes: { namespaces: { from } },
        },
      ],
    },
  };
}
