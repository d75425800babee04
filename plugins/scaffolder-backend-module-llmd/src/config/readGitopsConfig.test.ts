import { ConfigReader } from '@backstage/config';
import { readGitopsConfig } from './readGitopsConfig';

describe('readGitopsConfig', () => {
  it('defaults to the local provider and the default render target', () => {
    expect(readGitopsConfig(new ConfigReader({}))).toEqual({
      provider: 'local',
      repoUrl: undefined,
      targetBranch: 'main',
      target: {
        llmisvcApiVersion: 'v1alpha1',
        eppDialect: 'scheduler-v0.2',
        schedulerTemplate: 'openshift-ai',
      },
      crdDirectories: [],
      requireTenantMembership: false,
    });
  });

  it('reads every key', () => {
    const config = new ConfigReader({
      llmd: {
        gitops: {
          provider: 'github',
          repoUrl: 'github.com?owner=o&repo=r',
          targetBranch: 'trunk',
          target: { llmisvcApiVersion: 'v1alpha2', eppDialect: 'router-v0.10' },
          validation: {
            crdDirectories: ['/etc/crds'],
            requireTenantMembership: true,
          },
        },
      },
    });
    expect(readGitopsConfig(config)).toEqual({
      provider: 'github',
      repoUrl: 'github.com?owner=o&repo=r',
      targetBranch: 'trunk',
      target: {
        llmisvcApiVersion: 'v1alpha2',
        eppDialect: 'router-v0.10',
        schedulerTemplate: 'openshift-ai',
      },
      crdDirectories: ['/etc/crds'],
      requireTenantMembership: true,
    });
  });

  it.each([
    [
      { provider: 'bitbucket' },
      'llmd.gitops.provider must be one of local, github, gitlab',
    ],
    [
      { provider: 'gitlab' },
      'llmd.gitops.repoUrl is required with provider gitlab',
    ],
    [
      { target: { eppDialect: 'scheduler-v9' } },
      'llmd.gitops.target is invalid: eppDialect',
    ],
    [
      { target: { llmisvcApiVersion: 'v1' } },
      'llmd.gitops.target is invalid: llmisvcApiVersion',
    ],
  ])('refuses %j at start-up with a readable message', (gitops, message) => {
    expect(() =>
      readGitopsConfig(new ConfigReader({ llmd: { gitops } })),
    ).toThrow(message);
  });
});
