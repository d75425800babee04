import type { DiagnosisStep } from '../api';
import type { CrdPresence } from './crdPresence';
import type { DiagnosisContext } from './diagnosisContext';
import { type ReachabilityCrd, REACHABILITY_CRDS } from './reachabilityCrds';

/** The fix when auth is on and AuthPolicy is missing, in OpenShift AI's words (router_preconditions_odh.go). */
export const AUTHPOLICY_MISSING_FIX =
  'install Red Hat Connectivity Link (Kuadrant AuthPolicy CRD), then touch the model: the controller deleted its HTTPRoute because auth is on';

interface Need {
  readonly what: string;
  readonly crds: readonly ReachabilityCrd[];
  /** Any one of the CRDs will do (InferencePool v1 or v1alpha2); else all are needed. */
  readonly any?: boolean;
  readonly fix: string;
}

/** The CRDs this model needs: Gateway API when routed, InferencePool with a scheduler, AuthPolicy with auth, LWS multi-node. */
function needsOf(context: DiagnosisContext): Need[] {
  const { topology } = context;
  const routed = topology.route || context.gateways.length > 0;
  return [
    ...(routed
      ? [
          {
            what: 'Gateway API (Gateway, HTTPRoute)',
            crds: [REACHABILITY_CRDS.gateway, REACHABILITY_CRDS.httpRoute],
            fix: 'install the Gateway API standard CRDs and a Gateway API implementation (OpenShift 4.19+ ships both)',
          },
        ]
      : []),
    ...(topology.scheduler
      ? [
          {
            what: 'InferencePool',
            crds: [
              REACHABILITY_CRDS.inferencePool,
              REACHABILITY_CRDS.inferencePoolV1alpha2,
            ],
            any: true,
            fix: 'install the Gateway API Inference Extension CRDs, then restart the KServe controller so it watches InferencePools',
          },
        ]
      : []),
    ...(topology.route && context.authOn
      ? [
          {
            what: 'Kuadrant AuthPolicy (auth is on)',
            crds: [REACHABILITY_CRDS.authPolicy],
            fix: AUTHPOLICY_MISSING_FIX,
          },
        ]
      : []),
    ...(topology.multiNode
      ? [
          {
            what: 'LeaderWorkerSet (multi-node)',
            crds: [REACHABILITY_CRDS.leaderWorkerSet],
            fix: 'install the LeaderWorkerSet operator, then restart the KServe controller so it watches LeaderWorkerSets',
          },
        ]
      : []),
  ];
}

/**
 * The combined presence of CRDs: for alternatives installed if one is, missing if all are; for a set missing if
 * one is, installed if all are; else unknown.
 */
function combined(
  presences: readonly CrdPresence[],
  any: boolean,
): CrdPresence {
  const decisive = any ? 'installed' : 'missing';
  return (
    presences.find(p => p.state === decisive) ??
    presences.find(p => p.state === 'unknown') ??
    presences[0]
  );
}

/** `crds`: the CRDs this model needs are installed. */
export function crdsStep(context: DiagnosisContext): DiagnosisStep {
  const needs = needsOf(context);
  if (needs.length === 0) {
    return {
      id: 'crds',
      status: 'ok',
      message: 'the model needs no optional CRD (no router)',
    };
  }
  const results = needs.map(need => {
    const presences = need.crds.map(crd => ({
      crd,
      presence: context.crd(crd),
    }));
    return {
      need,
      // the CRDs to name: every alternative, or the missing ones of a set
      missingNames: presences
        .filter(p => need.any || p.presence.state === 'missing')
        .map(p => p.crd.name),
      presence: combined(
        presences.map(p => p.presence),
        need.any ?? false,
      ),
    };
  });
  const missing = results.find(r => r.presence.state === 'missing');
  if (missing) {
    return {
      id: 'crds',
      status: 'fail',
      object: `CustomResourceDefinition ${missing.missingNames.join(' or ')}`,
      message: `${missing.need.what} is not installed`,
      fix: missing.need.fix,
    };
  }
  const unknown = results.find(r => r.presence.state === 'unknown');
  if (unknown?.presence.state === 'unknown') {
    return {
      id: 'crds',
      status: 'unknown',
      message: unknown.presence.message,
      ...(unknown.presence.fix && { fix: unknown.presence.fix }),
    };
  }
  const names = [...new Set(needs.map(n => n.what.replace(/ \(.*\)$/, '')))];
  return {
    id: 'crds',
    status: 'ok',
    message: `installed: ${names.join(', ')}`,
  };
}
