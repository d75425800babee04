import fs from 'node:fs';
// Test-only: reading the vendored KServe configs is node-only.
import { vendorPath } from '@internal/test-support';
import { parse } from 'yaml';
import {
  SCHEDULER_DEFAULT_ARGS_KSERVE_V016,
  SCHEDULER_DEFAULT_ARGS_V1ALPHA1,
  schedulerTemplateArgs,
} from './schedulerDefaultArgs';

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

describe('SCHEDULER_DEFAULT_ARGS_KSERVE_V016', () => {
  it("equals upstream KServe v0.16.0's well-known scheduler config, argument for argument", () => {
    expect(SCHEDULER_DEFAULT_ARGS_KSERVE_V016).toEqual(
      schedulerMainArgs(
        'kserve/upstream-v0.16.0/config/llmisvcconfig/config-llm-scheduler.yaml',
      ),
    );
  });
});

describe('schedulerTemplateArgs', () => {
  it('spells the config flag as each template spells its flags', () => {
    expect(schedulerTemplateArgs('openshift-ai')).toEqual({
      defaultArgs: SCHEDULER_DEFAULT_ARGS_V1ALPHA1,
      configTextFlag: '--config-text',
    });
    expect(schedulerTemplateArgs('kserve-v0.16')).toEqual({
      defaultArgs: SCHEDULER_DEFAULT_ARGS_KSERVE_V016,
      configTextFlag: '--configText',
    });
  });
});
