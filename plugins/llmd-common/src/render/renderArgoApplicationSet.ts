import type { ArgocdInput } from './argocdInput';
import { gitopsYamlFile, type RenderResult } from './gitopsFile';

/** Where the ApplicationSet lives in the GitOps layout (docs/gitops-layout.md). */
const APPLICATIONSET_FILE = 'platform/argocd/applicationset.yaml';

/** Argo CD's Go template of the tenant namespace: the second segment of `tenants/<namespace>/...`. */
const TENANT = '{{ index .path.segments 1 }}';

/**
 * The Application name: `<ns>-base` for `tenants/<ns>/base` (three path segments), `<ns>-model-<name>` for
 * `tenants/<ns>/models/<name>`, so a model named `base` cannot clash with its tenant's base.
 */
const APPLICATION_NAME = `${TENANT}-{{ if eq (len .path.segments) 3 }}base{{ else }}model-{{ .path.basename }}{{ end }}`;

function applicationTemplate(input: ArgocdInput) {
  return {
    metadata: {
      name: APPLICATION_NAME,
      labels: {
        'app.kubernetes.io/part-of': input.name,
        'llm-d.ai/tenant': TENANT,
      },
    },
    spec: {
      project: input.project,
      source: {
        repoURL: input.repoURL,
        targetRevision: input.revision,
        path: '{{ .path.path }}',
      },
      destination: { server: input.destinationServer, namespace: TENANT },
      syncPolicy: {
        ...(input.automated && {
          automated: { prune: true, selfHeal: true },
        }),
        // a model's Application may sync before its tenant's Namespace exists: retry until it does
        retry: {
          limit: 10,
          backoff: { duration: '10s', factor: 2, maxDuration: '5m' },
        },
      },
    },
  };
}

/**
 * Renders `platform/argocd/applicationset.yaml`: an Argo CD ApplicationSet whose git directory generators give every
 * tenant base (`tenants/<ns>/base`, Application `<ns>-base`) and every model service (`tenants/<ns>/models/<name>`,
 * Application `<ns>-model-<name>`) its own Application, found in the repository as the templates add them. The
 * platform units (shared Gateways, MetalLB) stay with the platform team: they are cluster-wide and ordered.
 *
 * @public
 */
export function renderArgoApplicationSet(input: ArgocdInput): RenderResult {
  const applicationSet = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'ApplicationSet',
    metadata: { name: input.name, namespace: input.namespace },
    spec: {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: [
        {
          git: {
            repoURL: input.repoURL,
            revision: input.revision,
            directories: [
              { path: 'tenants/*/base' },
              { path: 'tenants/*/models/*' },
            ],
          },
        },
      ],
      template: applicationTemplate(input),
    },
  };
  return {
    manifests: [applicationSet],
    files: [
      gitopsYamlFile(
        APPLICATIONSET_FILE,
        `Argo CD ApplicationSet: one Application per tenant base and per model service of ${input.repoURL}.\nApply it once to the Argo CD namespace (${input.namespace}); new tenants and models are picked up as they are merged.`,
        [applicationSet],
      ),
    ],
  };
}
