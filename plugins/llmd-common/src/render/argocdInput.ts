import { z } from 'zod';
import { dnsLabel } from '../kube/dnsNames';

/** Namespace of the Argo CD instance OpenShift GitOps installs. */
const DEFAULT_ARGOCD_NAMESPACE = 'openshift-gitops';
/** The API server of the cluster Argo CD runs in. */
const IN_CLUSTER = 'https://kubernetes.default.svc';

// Git URLs as Argo CD takes them: https, ssh (scheme or scp-like), git or file; no whitespace or quotes.
const GIT_URL =
  /^(https?:\/\/|ssh:\/\/|git:\/\/|file:\/\/|[\w.-]+@[\w.-]+:)[^\s'"`]+$/;

/**
 * Zod schema of the Argo CD ApplicationSet input: the GitOps repository Argo CD reads and where it deploys. Parse
 * with `parseRenderInput(argocdInputSchema, raw)`.
 *
 * @public
 */
export const argocdInputSchema = z
  .object({
    repoURL: z
      .string({ required_error: 'required: the GitOps repository URL' })
      .regex(
        GIT_URL,
        'must be a git URL (https://, ssh://, git@host:path, git:// or file://)',
      )
      .describe('URL of the GitOps repository, as Argo CD clones it.'),
    revision: z
      .string()
      .regex(/^[^\s'"`]+$/, 'must be a branch, tag or commit without spaces')
      .default('main')
      .describe('Branch, tag or commit Argo CD follows. Default: main.'),
    name: dnsLabel
      .default('llmd')
      .describe('Name of the ApplicationSet. Default: llmd.'),
    namespace: dnsLabel
      .default(DEFAULT_ARGOCD_NAMESPACE)
      .describe(
        `Namespace of the Argo CD instance. Default: ${DEFAULT_ARGOCD_NAMESPACE} (OpenShift GitOps).`,
      ),
    project: z
      .string()
      .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be an AppProject name')
      .default('default')
      .describe('Argo CD project of the Applications. Default: default.'),
    destinationServer: z
      .string()
      .url('must be the URL of a cluster API server')
      .default(IN_CLUSTER)
      .describe(`Cluster the Applications deploy to. Default: ${IN_CLUSTER}.`),
    automated: z
      .boolean()
      .default(true)
      .describe(
        'Sync automatically, pruning removed objects and reverting drift. Default: true.',
      ),
  })
  .strict();

/**
 * A validated Argo CD ApplicationSet input, defaults applied.
 *
 * @public
 */
export type ArgocdInput = z.output<typeof argocdInputSchema>;
