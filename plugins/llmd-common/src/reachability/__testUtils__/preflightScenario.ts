import type { PreflightCheckId } from '../../api';
import { evaluateClusterPreflight } from '../evaluateClusterPreflight';
import type { KindAccess, ReachabilityKind } from '../reachabilitySource';
import { memoryReachabilitySource } from './memoryReachabilitySource';
import {
  healthyScenario,
  type ReachabilityScenario,
  scenarioObjects,
} from './reachabilityFixtures';

/** How to read the scenario: kinds that are not `ok`, the LLMInferenceService version the portal reads. */
export interface PreflightOptions {
  readonly access?: Partial<Record<ReachabilityKind, KindAccess>>;
  readonly llmisvcApiVersion?: 'v1alpha1' | 'v1alpha2';
}

/** The preflight of the scenario's cluster `prod` over an in-memory source (v1alpha1 unless said). */
export function preflight(
  s: ReachabilityScenario,
  options: PreflightOptions = {},
) {
  return evaluateClusterPreflight({
    cluster: 'prod',
    source: memoryReachabilitySource(scenarioObjects(s), options.access),
    llmisvcApiVersion: options.llmisvcApiVersion ?? 'v1alpha1',
  });
}

/** `list, watch` of CustomResourceDefinitions refused. */
export const CRDS_FORBIDDEN: Partial<Record<ReachabilityKind, KindAccess>> = {
  CustomResourceDefinition: {
    state: 'forbidden',
    permission: 'list, watch customresourcedefinitions.apiextensions.k8s.io',
  },
};

/** One preflight check on a changed healthy cluster and what it must say. */
export interface CheckCase extends PreflightOptions {
  readonly name: string;
  readonly breakIt?: (s: ReachabilityScenario) => void;
  readonly id: PreflightCheckId;
  readonly status: string;
  readonly message: RegExp;
  readonly fix?: RegExp;
  readonly objects?: string[];
}

/** The check of a case, as evaluated. */
export function checkOf(c: CheckCase) {
  const s = healthyScenario();
  c.breakIt?.(s);
  const check = preflight(s, c).checks.find(k => k.id === c.id)!;
  return { ...check, fix: check.fix ?? '' };
}

/** What {@link checkOf} must return: a fix whenever the status is not ok. */
export function expectedCheck(c: CheckCase) {
  return expect.objectContaining({
    id: c.id,
    status: c.status,
    message: expect.stringMatching(c.message),
    fix:
      c.status === 'ok' && !c.fix
        ? expect.any(String)
        : expect.stringMatching(c.fix ?? /./),
    ...(c.objects && { objects: c.objects }),
  });
}
