import type { InstalledCrd } from '../api';
import { objectsAt, stringAt } from '../kube/kubeObject';
import { findCondition } from './findCondition';
import { kindUnreadable, type Unreadable } from './kindReadability';
import type { ReachabilityCrd } from './reachabilityCrds';
import type { ReachabilitySource } from './reachabilitySource';

/** Annotation the Gateway API release bundles stamp on their CRDs. */
const GATEWAY_API_BUNDLE_ANNOTATION =
  'gateway.networking.k8s.io/bundle-version';

/**
 * Whether a CRD is installed: `installed` with its facts when CRDs may be read (`crd` absent when only the access of
 * a kind it serves told), `missing`, or `unknown` with the reason.
 */
export type CrdPresence =
  | { readonly state: 'installed'; readonly crd?: InstalledCrd }
  | { readonly state: 'missing' }
  | ({ readonly state: 'unknown' } & Unreadable);

/** The facts of a CRD object: served versions, Established, the Gateway API bundle version. */
export function installedCrdOf(crd: {
  readonly metadata: {
    readonly name: string;
    readonly annotations?: Readonly<Record<string, string>>;
  };
  readonly spec?: unknown;
  readonly status?: unknown;
}): InstalledCrd {
  const bundleVersion =
    crd.metadata.annotations?.[GATEWAY_API_BUNDLE_ANNOTATION];
  return {
    name: crd.metadata.name,
    servedVersions: objectsAt(crd, 'spec', 'versions')
      .filter(v => v.served === true)
      .flatMap(v => stringAt(v, 'name') ?? []),
    established: findCondition(crd, 'Established')?.status === 'True',
    ...(bundleVersion && { bundleVersion }),
  };
}

/**
 * Whether a CRD is installed. CRD objects decide when they may be read; otherwise the access of the kinds it serves
 * does (a 404 on them means the CRD is missing, a successful list that it is installed); `unknown` only when neither
 * tells, naming the permission that would.
 *
 * @param facts - read the CRD's served versions and bundle version (the preflight); the diagnosis needs only presence
 */
export function crdPresence(
  source: ReachabilitySource,
  { name, servedKinds }: ReachabilityCrd,
  facts = true,
): CrdPresence {
  if (source.access('CustomResourceDefinition').state === 'ok') {
    const crd = source.get('CustomResourceDefinition', '', name);
    if (!crd) return { state: 'missing' };
    return facts
      ? { state: 'installed', crd: installedCrdOf(crd) }
      : { state: 'installed' };
  }
  const states = servedKinds.map(kind => source.access(kind).state);
  if (states.includes('ok')) return { state: 'installed' };
  if (states.length > 0 && states.every(s => s === 'not-installed')) {
    return { state: 'missing' };
  }
  const why = kindUnreadable(source, 'CustomResourceDefinition') ?? {
    message: 'CustomResourceDefinitions could not be read',
  };
  return {
    state: 'unknown',
    message: `cannot tell whether ${name} is installed: ${why.message}`,
    ...(why.fix && { fix: why.fix }),
  };
}
