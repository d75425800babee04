import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { MANAGED_CLIENT_LABEL } from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';

/**
 * Makes sure a model's client ServiceAccount is the one the portal rendered (`access.yaml` labels it
 * {@link MANAGED_CLIENT_LABEL}), not a `<name>-client` someone created by hand, possibly bound to wider RBAC than
 * `get` on this model: the portal must not hand out tokens of accounts it does not manage.
 *
 * @throws NotFoundError when the account does not exist on the cluster
 * @throws NotAllowedError when it exists without the label
 */
export async function requireManagedClientServiceAccount(
  cache: LlmdClusterCache,
  where: { cluster: string; namespace: string; name: string },
): Promise<void> {
  const account = await cache.readServiceAccount(
    where.cluster,
    where.namespace,
    where.name,
  );
  const id = `${where.namespace}/${where.name} on cluster ${where.cluster}`;
  if (!account) {
    throw new NotFoundError(`No client service account ${id}`);
  }
  if (account.metadata.labels?.[MANAGED_CLIENT_LABEL] !== 'true') {
    throw new NotAllowedError(
      `Service account ${id} is not managed by the portal (it lacks the label ${MANAGED_CLIENT_LABEL}: "true"); no token is minted for it`,
    );
  }
}
