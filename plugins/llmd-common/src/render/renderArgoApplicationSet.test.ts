import { parse } from 'yaml';
import { renderFromInput } from './renderFromInput';

describe('renderFromInput argocd', () => {
  it('renders one ApplicationSet generating an Application per tenant base and per model directory', () => {
    const outcome = renderFromInput('argocd', {
      repoURL: 'https://github.com/example/llmd-gitops.git',
    });
    if (!outcome.success) throw new Error(JSON.stringify(outcome.problems));
    const [file] = outcome.result.files;
    expect(file.path).toBe('platform/argocd/applicationset.yaml');
    const set = parse(file.content);
    expect(set).toEqual(outcome.result.manifests[0]);
    expect(set).toMatchObject({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'ApplicationSet',
      metadata: { name: 'llmd', namespace: 'openshift-gitops' },
      spec: {
        goTemplate: true,
        generators: [
          {
            git: {
              repoURL: 'https://github.com/example/llmd-gitops.git',
              revision: 'main',
              directories: [
                { path: 'tenants/*/base' },
                { path: 'tenants/*/models/*' },
              ],
            },
          },
        ],
        template: {
          spec: {
            project: 'default',
            source: { path: '{{ .path.path }}', targetRevision: 'main' },
            destination: {
              server: 'https://kubernetes.default.svc',
              namespace: '{{ index .path.segments 1 }}',
            },
            syncPolicy: { automated: { prune: true, selfHeal: true } },
          },
        },
      },
    });
    // <ns>-base and <ns>-model-<name>: a model called "base" cannot take its tenant's name
    expect(set.spec.template.metadata.name).toBe(
      '{{ index .path.segments 1 }}-{{ if eq (len .path.segments) 3 }}base{{ else }}model-{{ .path.basename }}{{ end }}',
    );
  });

  it('takes the options and leaves sync manual when asked', () => {
    const outcome = renderFromInput('argocd', {
      repoURL: 'git@gitlab.example.com:platform/gitops.git',
      revision: 'release-1',
      name: 'models',
      namespace: 'argocd',
      project: 'llm-d',
      automated: false,
    });
    if (!outcome.success) throw new Error(JSON.stringify(outcome.problems));
    const set = outcome.result.manifests[0] as any;
    expect(set.metadata).toEqual({ name: 'models', namespace: 'argocd' });
    expect(set.spec.template.spec.project).toBe('llm-d');
    expect(set.spec.template.spec.syncPolicy.automated).toBeUndefined();
    expect(set.spec.template.spec.source.targetRevision).toBe('release-1');
  });

  it('names the fields of invalid input', () => {
    const outcome = renderFromInput('argocd', {
      repoURL: 'not a url',
      namespace: 'Bad_NS',
      extra: 1,
    });
    expect(outcome.success).toBe(false);
    const paths = outcome.success ? [] : outcome.problems.map(p => p.field);
    expect(paths).toEqual(expect.arrayContaining(['repoURL', 'namespace']));
    const missing = renderFromInput('argocd', {});
    expect(missing.success ? [] : missing.problems).toEqual([
      expect.objectContaining({ field: 'repoURL' }),
    ]);
  });
});
