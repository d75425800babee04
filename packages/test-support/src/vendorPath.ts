import path from 'node:path';
import { repoRoot } from './repoRoot';

/**
 * The path of a file or folder under the repository's `vendor/` (third-party data copied unmodified, listed in
 * vendor/PROVENANCE.tsv), e.g. `vendorPath('epp', 'llm-d-router-HEAD', 'epp-config.yaml')`. A segment may also be a
 * `/`-separated relative path, e.g. `vendorPath('kserve/upstream-HEAD/docs/samples/llmisvc/e2e-gpt-oss/gateway.yaml')`.
 * A path that would leave vendor/ is refused.
 */
export function vendorPath(...segments: string[]): string {
  const root = path.join(repoRoot, 'vendor');
  const target = path.resolve(root, ...segments);
  const relative = path.relative(root, target);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(`${segments.join('/')} is not under vendor/`);
  }
  return target;
}
