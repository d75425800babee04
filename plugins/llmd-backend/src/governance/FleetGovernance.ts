import {
  evaluatePolicyPerObject,
  type GovernanceCounts,
  type GovernanceFinding,
  type GovernanceObjectFindings,
  type GovernanceResponse,
  isEppDialectId,
  type KubeObjectLike,
  type LlmdPolicy,
  modelEntityRef,
  POLICY_RULE_IDS,
} from '@llmd/plugin-llmd-common';
import type { LlmdClusterCache } from '@llmd/plugin-llmd-node';

/** Options of {@link FleetGovernance}. */
export interface FleetGovernanceOptions {
  /** `llmd.policy`; without it nothing is evaluated. */
  readonly policy?: LlmdPolicy;
  /** `llmd.catalog.owners`: tenant owners for `owner-required` (Namespaces are not cached). */
  readonly namespaceOwners?: Readonly<Record<string, string>>;
}

/** The kinds of the cache the policy's rules are about. */
const GOVERNED_KINDS = ['LLMInferenceService', 'Gateway'] as const;

/** Counts findings by severity. */
export function countFindings(
  findings: readonly GovernanceFinding[],
): GovernanceCounts {
  let deny = 0;
  for (const finding of findings) if (finding.severity === 'deny') deny++;
  return { deny, warn: findings.length - deny };
}

/**
 * The platform policy over the live objects of the cluster cache, with the same evaluator the scaffolder and the
 * CLI use. Results are memoised per cached object (the cache replaces an object on every change), so list views of
 * thousands of models do not re-lint every EPP config on every request.
 */
export class FleetGovernance {
  private readonly memo = new WeakMap<
    object,
    Map<string, readonly GovernanceFinding[]>
  >();

  constructor(private readonly options: FleetGovernanceOptions) {}

  /** Whether a policy is configured. */
  get configured(): boolean {
    return this.options.policy !== undefined;
  }

  /**
   * The findings of one live object; undefined when no policy is configured.
   * @param eppDialect - the cluster's EPP dialect (`llmd.clusters[].defaults.eppDialect`)
   */
  findingsOf(
    object: KubeObjectLike,
    eppDialect: string,
  ): readonly GovernanceFinding[] | undefined {
    const policy = this.options.policy;
    if (!policy) return undefined;
    let byDialect = this.memo.get(object);
    if (!byDialect) {
      byDialect = new Map();
      this.memo.set(object, byDialect);
    }
    let findings = byDialect.get(eppDialect);
    if (!findings) {
      const [evaluated] = evaluatePolicyPerObject([object], policy, {
        ...(isEppDialectId(eppDialect) && { eppDialect }),
        namespaceOwners: this.options.namespaceOwners ?? {},
      });
      findings = evaluated.map(({ rule, severity, path, message }) => ({
        rule,
        severity,
        path,
        message,
      }));
      byDialect.set(eppDialect, findings);
    }
    return findings;
  }

  /** Every object with findings on every cluster: the answer of `GET /governance`. */
  overview(cache: LlmdClusterCache): GovernanceResponse {
    const policy = this.options.policy;
    const items: GovernanceObjectFindings[] = [];
    for (const health of policy ? cache.listClusters() : []) {
      for (const kind of GOVERNED_KINDS) {
        for (const { object } of cache.list(kind, { cluster: health.name })) {
          const findings = this.findingsOf(object, health.defaults.eppDialect);
          if (!findings?.length) continue;
          const namespace = object.metadata.namespace;
          items.push({
            cluster: health.name,
            apiVersion: object.apiVersion ?? '',
            kind,
            ...(namespace !== undefined && { namespace }),
            name: object.metadata.name,
            ...(kind === 'LLMInferenceService' && {
              entityRef: modelEntityRef(namespace ?? '', object.metadata.name),
            }),
            stale: health.stale,
            findings,
          });
        }
      }
    }
    const counts = countFindings(items.flatMap(item => item.findings));
    return {
      configured: policy !== undefined,
      rules: policy
        ? POLICY_RULE_IDS.filter(id => {
            const rule = policy.rules[id];
            return rule !== undefined && rule.severity !== 'off';
          })
        : [],
      counts: { ...counts, objects: items.length },
      items,
    };
  }
}
