import {
  DIAGNOSIS_STEP_IDS,
  type DiagnosisStepId,
  type ModelProbeResult,
} from '../../api';
import { diagnoseModel } from '../diagnoseModel';
import type { KindAccess, ReachabilityKind } from '../reachabilitySource';
import { memoryReachabilitySource } from './memoryReachabilitySource';
import { condition, type FixtureObject } from './crdFixtures';
import {
  healthyScenario,
  type ReachabilityScenario,
  scenarioObjects,
} from './reachabilityFixtures';

/** Diagnoses the scenario's model on cluster `prod` over an in-memory source. */
export function diagnose(
  s: ReachabilityScenario,
  options: {
    access?: Partial<Record<ReachabilityKind, KindAccess>>;
    probe?: ModelProbeResult;
  } = {},
) {
  return diagnoseModel({
    cluster: 'prod',
    llmInferenceService: s.model,
    source: memoryReachabilitySource(scenarioObjects(s), options.access),
    ...(options.probe && { probe: options.probe }),
  });
}

/** Replaces a condition of the scenario's model. */
export function setCondition(
  s: ReachabilityScenario,
  type: string,
  status: string,
  reason: string,
  message?: string,
) {
  s.model.status.conditions = s.model.status.conditions.filter(
    (c: { type: string }) => c.type !== type,
  );
  s.model.status.conditions.push(condition(type, status, reason, message));
}

/** A probe of the scenario's model: the anonymous status, and the authenticated one when given. */
export const probe = (
  anonymous: number,
  authenticated?: number,
): ModelProbeResult => ({
  url: 'http://203.0.113.10/team-a/granite-8b/v1/models',
  probedAt: '2026-01-01T00:00:00Z',
  anonymous: { status: anonymous, latencyMs: 12 },
  ...(authenticated !== undefined && {
    authenticated: {
      status: authenticated,
      latencyMs: 20,
      models: ['ibm-granite/granite-3.3-8b-instruct'],
    },
  }),
});

/** An AuthPolicy letting anonymous requests through the scenario model's route (it overrides the Gateway's). */
export const anonymousRouteAuthPolicy = (): FixtureObject => ({
  apiVersion: 'kuadrant.io/v1',
  kind: 'AuthPolicy',
  metadata: { name: 'granite-8b-kserve-route-authn', namespace: 'team-a' },
  spec: {
    targetRef: {
      group: 'gateway.networking.k8s.io',
      kind: 'HTTPRoute',
      name: 'granite-8b-kserve-route',
    },
    rules: { authentication: { public: { anonymous: {} } } },
  },
});

/** One broken link: how to break the healthy scenario and what the diagnosis must say. */
export interface FaultCase {
  readonly name: string;
  readonly breakIt: (s: ReachabilityScenario) => void;
  readonly access?: Partial<Record<ReachabilityKind, KindAccess>>;
  readonly probe?: ModelProbeResult;
  readonly verdict: string;
  readonly step: DiagnosisStepId;
  /** The status of the step that decides the verdict; `fail` when absent. */
  readonly status?: string;
  readonly message: RegExp;
  readonly fix?: RegExp;
}

/** What the diagnosis of a broken scenario says: the step ids, the verdict and the step deciding it. */
export function diagnoseFault(c: FaultCase) {
  const s = healthyScenario();
  c.breakIt(s);
  const result = diagnose(s, { access: c.access, probe: c.probe });
  const decisive = result.steps.find(st => st.status === (c.status ?? 'fail'));
  return {
    stepIds: result.steps.map(st => st.id),
    verdict: result.verdict,
    step: decisive?.id,
    message: decisive?.message,
    fix: decisive?.fix ?? '',
  };
}

/** What {@link diagnoseFault} must return for a case. */
export function expectedFault(c: FaultCase) {
  return {
    stepIds: [...DIAGNOSIS_STEP_IDS],
    verdict: c.verdict,
    step: c.step,
    message: expect.stringMatching(c.message),
    fix: expect.stringMatching(c.fix ?? /.*/),
  };
}
