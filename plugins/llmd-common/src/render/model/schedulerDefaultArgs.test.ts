import fs from 'node:fs';
// Test-only: reading the vendored KServe configs is node-only.
import { vendorPath } from '@internal/test-support';
import { parse } from 'yaml';
import { SCHEDULER_DEFAULT_ARGS_V1ALPHA1 } from './schedulerDefaultArgs';

/** The arguments of scheduler container main of a KServe scheduler config under vendor/. */
function schedulerMainArgs(relativePath: string): unknown {
  const config = parse(fs.readFileSync(vendorPath(relativePath), 'utf8'));
  const containers = config.spec.router.scheduler.template.containers;
  return containers.find((c: { name: string }) => c.name === 'main').args;
}

describe('SCHEDULER_DEFAULT_ARGS_V1ALPHA1', () => {
  it("equals OpenShift AI 3.x's well-known scheduler config, argument for argument", () => {
    expect(SCHEDULER_DEFAULT_ARGS_V1ALPHA1).toEqual(
      schedulerMainArgs(
        'kserve/odh-kserve-release-v0.15/config/llmisvc/config-llm-scheduler.yaml',
      ),
    );
  });

  it('is not what upstream KServe v0.16.0 ships (camelCase flags, no TLS), which is why the source is pinned', () => {
    expect(SCHEDULER_DEFAULT_ARGS_V1ALPHA1).not.toEqual(
      schedulerMainArgs(
        'kserve/upstream-v0.16.0/config/llmisvcconfig/config-llm-scheduler.yaml',
      ),
    );
  });
});
