import type { KubeObjectLike } from '../kube/kubeObject';
import { OWNER_ANNOTATION } from '../kube/objectAnnotations';
import { ownValue } from '../kube/ownValue';

/**
 * Who owns the entities of a tenant when the objects do not say.
 *
 * @public
 */
export interface CatalogOwnerOptions {
  /** Owner per Kubernetes namespace (tenant), e.g. `{ 'team-a': 'group:default/team-a' }`. */
  readonly owners?: Readonly<Record<string, string>>;
  /** Owner of everything neither the object nor {@link CatalogOwnerOptions.owners} assigns. */
  readonly defaultOwner: string;
}

/**
 * An owner reference in full form, `<kind>:<namespace>/<name>`. Written without kind it is a Group and without
 * namespace it is in `default` — where organisations keep their groups. Left as given, the catalog would resolve a
 * bare `team-a` on an entity in namespace `team-a` to `group:team-a/team-a`, which exists nowhere. A label can only
 * hold the bare form (label values allow no `:` or `/`). Undefined for a blank value.
 *
 * @public
 */
export function fullOwnerRef(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const colon = trimmed.indexOf(':');
  const kind = colon > 0 ? trimmed.slice(0, colon) : 'group';
  const rest = colon > 0 ? trimmed.slice(colon + 1) : trimmed;
  const slash = rest.indexOf('/');
  const namespace = slash > 0 ? rest.slice(0, slash) : 'default';
  const name = slash >= 0 ? rest.slice(slash + 1) : rest;
  if (!name) return undefined;
  return `${kind.toLowerCase()}:${namespace}/${name}`;
}

/**
 * The owner of the tenant's System: {@link CatalogOwnerOptions.owners} for the namespace, else the default.
 *
 * @public
 */
export function tenantOwner(
  namespace: string,
  options: CatalogOwnerOptions,
): string {
  return (
    fullOwnerRef(ownValue(options.owners, namespace)) ??
    fullOwnerRef(options.defaultOwner) ??
    options.defaultOwner
  );
}

/**
 * The owner of an object's entity, first found wins: the object's `backstage.io/owner` annotation, its
 * `backstage.io/owner` label, the owner configured for its namespace, the default owner. Always a full ref.
 *
 * @public
 */
export function catalogOwnerOf(
  object: KubeObjectLike,
  options: CatalogOwnerOptions,
): string {
  return (
    fullOwnerRef(object.metadata.annotations?.[OWNER_ANNOTATION]) ??
    fullOwnerRef(object.metadata.labels?.[OWNER_ANNOTATION]) ??
    tenantOwner(object.metadata.namespace ?? '', options)
  );
}
