import type { InstalledCrd, PreflightCheck } from '../api';
import { crdPresence } from './crdPresence';
import { type PreflightContext, unknownCheck } from './preflightContext';
import { REACHABILITY_CRDS } from './reachabilityCrds';

/**
 * The Gateway API release KServe pins (`GATEWAY_API_VERSION` of kserve-deps.env): v1.2.1 at v0.16.0 (the v1alpha1
 * API), v1.4.1 at v0.17.0–v0.19.0, v1.5.1 from v0.20.0. Older bundles than the pin of the API version the portal
 * reads get a warning.
 */
const PINNED_BUNDLE = { v1alpha1: 'v1.2.1', v1alpha2: 'v1.4.1' } as const;

const GATEWAY_API_CRDS = [
  REACHABILITY_CRDS.gateway,
  REACHABILITY_CRDS.httpRoute,
  REACHABILITY_CRDS.gatewayClass,
];

/** Numeric parts of `vX.Y.Z`; undefined for anything else. */
function versionParts(version: string): number[] | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
  return match ? [1, 2, 3].map(i => Number(match[i] ?? 0)) : undefined;
}

/** Whether release `a` is older than release `b`; false when either cannot be read. */
function isOlder(a: string, b: string): boolean {
  const [pa, pb] = [versionParts(a), versionParts(b)];
  if (!pa || !pb) return false;
  const i = pa.findIndex((n, k) => n !== pb[k]);
  return i >= 0 && pa[i] < pb[i];
}

function installedCheck(
  context: PreflightContext,
  crds: readonly InstalledCrd[],
): PreflightCheck {
  const id = 'crd-gateway-api';
  const withoutV1 = crds.filter(c => !c.servedVersions.includes('v1'));
  if (withoutV1.length > 0) {
    return {
      id,
      status: 'fail',
      message: `${withoutV1.map(c => c.name).join(', ')} do not serve v1`,
      fix: `install the Gateway API standard CRDs ${
        PINNED_BUNDLE[context.llmisvcApiVersion]
      } or later`,
      objects: withoutV1.map(c => `CustomResourceDefinition ${c.name}`),
    };
  }
  const bundle = crds.find(c => c.bundleVersion)?.bundleVersion;
  const pinned = PINNED_BUNDLE[context.llmisvcApiVersion];
  const served = `Gateway, HTTPRoute and GatewayClass serve v1`;
  if (bundle && isOlder(bundle, pinned)) {
    return {
      id,
      status: 'warn',
      message: `${served}, but the bundle is ${bundle}: KServe for ${context.llmisvcApiVersion} pins ${pinned} or later (v1.5.1 from KServe 0.20)`,
      fix: `upgrade the Gateway API CRDs to ${pinned} or later (on OpenShift they come with the cluster version)`,
    };
  }
  return {
    id,
    status: 'ok',
    message: bundle
      ? `${served} (bundle ${bundle})`
      : `${served} (bundle version not annotated)`,
  };
}

/**
 * `crd-gateway-api`: Gateway, HTTPRoute and GatewayClass installed and serving v1, with a bundle version
 * (`gateway.networking.k8s.io/bundle-version`) no older than KServe pins.
 */
export function gatewayApiCrdCheck(context: PreflightContext): PreflightCheck {
  const id = 'crd-gateway-api';
  const presences = GATEWAY_API_CRDS.map(crd => ({
    crd,
    presence: crdPresence(context.source, crd),
  }));
  const missing = presences.filter(p => p.presence.state === 'missing');
  if (missing.length > 0) {
    return {
      id,
      status: 'fail',
      message: `Gateway API CRDs missing: ${missing
        .map(m => m.crd.name)
        .join(', ')}`,
      fix: `install the Gateway API standard CRDs ${
        PINNED_BUNDLE[context.llmisvcApiVersion]
      } or later and a Gateway API implementation (OpenShift 4.19+ ships both)`,
    };
  }
  const unknown = presences.find(p => p.presence.state === 'unknown');
  if (unknown?.presence.state === 'unknown') {
    return unknownCheck(id, unknown.presence);
  }
  const facts = presences.flatMap(p =>
    p.presence.state === 'installed' && p.presence.crd ? [p.presence.crd] : [],
  );
  if (facts.length < presences.length) {
    return {
      id,
      status: 'ok',
      message:
        'Gateway, HTTPRoute and GatewayClass are served (versions unknown: CRDs may not be read)',
    };
  }
  return installedCheck(context, facts);
}
