import { NotAllowedError, ServiceUnavailableError } from '@backstage/errors';
import type { CoreV1Api } from '@kubernetes/client-node';
import { describeKubeError } from './describeKubeError';
import { statusCodeOf } from './statusCodeOf';
import type { KubeObject } from './types';

/**
 * Reads a ServiceAccount straight from the API server (ServiceAccounts are not watched: the backend reads one only
 * before minting, to check that it is the product's own). Only the metadata is returned, never its secrets list.
 *
 * @returns undefined when the account (or its namespace) does not exist
 * @throws NotAllowedError when the cache's credentials may not read it
 * @throws ServiceUnavailableError for other failures
 */
export async function readServiceAccount(
  core: CoreV1Api,
  request: { cluster: string; namespace: string; name: string },
  secrets: readonly string[],
): Promise<KubeObject | undefined> {
  const where = `service account ${request.namespace}/${request.name} in cluster '${request.cluster}'`;
  try {
    const account = await core.readNamespacedServiceAccount({
      name: request.name,
      namespace: request.namespace,
    });
    const metadata = account.metadata ?? {};
    return {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: {
        name: metadata.name ?? request.name,
        namespace: metadata.namespace ?? request.namespace,
        ...(metadata.uid && { uid: metadata.uid }),
        ...(metadata.labels && { labels: { ...metadata.labels } }),
        ...(metadata.annotations && {
          annotations: { ...metadata.annotations },
        }),
      },
    };
  } catch (error) {
    const detail = describeKubeError(error, secrets);
    switch (statusCodeOf(error)) {
      case 404:
        return undefined;
      case 401:
      case 403:
        throw new NotAllowedError(
          `The portal may not read ${where}: ${detail}`,
        );
      default:
        throw new ServiceUnavailableError(`Cannot read ${where}: ${detail}`);
    }
  }
}
