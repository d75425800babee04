import {
  eppConfigFieldPath,
  evaluatePolicyPerObject,
  type GovernanceCounts,
  type GovernanceFinding,
  isEppDialectId,
  type KubeObjectLike,
  type LlmdPolicy,
  type ModelEppConfig,
  POLICY_RULE_IDS,
  readEppConfigLayer,
} from '@llmd/plugin-llmd-common';

/** Options of {@link FleetGovernance}. */
export interface FleetGovernanceOptions {
  /** `llmd.policy`; without it nothing is evaluated. */
  readonly policy?: LlmdPolicy;
  /** `llmd.catalog.owners`: tenant owners for `owner-required` (Namespaces are not cached). */
  readonly namespaceOwners?: Readonly<Record<string, string>>;
}

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
 * CLI use, on the live models and Gateways (the fleet view asks per object). Results are memoised per cached object (the cache replaces an object on every change), so list views of
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
   * @param on - the cluster's EPP dialect (`llmd.clusters[].defaults.eppDialect`) and, for a model, the EPP config it
   *   runs with as the caller resolved it ({@link resolveModelEppWithDialect}; the model views resolve it anyway);
   *   `eppDialectUncertain` when the dialect is only detected as a lower bound or assumed
   *   ({@link isSchedulerEppDialectCertain}), so a model without an EPP config is not denied as unable to start
   */
  findingsOf(
    object: KubeObjectLike,
    on: {
      readonly eppDialect: string;
      readonly eppDialectUncertain?: boolean;
      readonly epp?: ModelEppConfig;
    },
  ): readonly GovernanceFinding[] | undefined {
    const policy = this.options.policy;
    if (!policy) return undefined;
    const { eppDialect, epp } = on;
    const uncertain = on.eppDialectUncertain === true;
    // a model whose config lives elsewhere (ConfigMap, base config) is checked against that config's current text;
    // one that carries it is checked by the evaluator itself, and its text changes only with the object
    const own = readEppConfigLayer(object);
    const resolved =
      epp?.text === undefined || (own && 'text' in own)
        ? undefined
        : { text: epp.text, path: eppConfigFieldPath(epp.source) };
    let byInputs = this.memo.get(object);
    if (!byInputs) {
      byInputs = new Map();
      this.memo.set(object, byInputs);
    }
    const key = JSON.stringify([eppDialect, uncertain, resolved?.text]);
    let findings = byInputs.get(key);
    if (!findings) {
      const [evaluated] = evaluatePolicyPerObject([object], policy, {
        ...(isEppDialectId(eppDialect) && { eppDialect }),
        ...(uncertain && { eppDialectUncertain: true }),
        namespaceOwners: this.options.namespaceOwners ?? {},
        ...(resolved && { resolveEppConfig: () => resolved }),
      });
      findings = evaluated.map(({ rule, severity, path, message }) => ({
        rule,
        severity,
        path,
        message,
      }));
      byInputs.set(key, findings);
    }
    return findings;
  }

  /** Rule ids the policy enables (none without a policy). */
  enabledRules(): string[] {
    const policy = this.options.policy;
    if (!policy) return [];
    return POLICY_RULE_IDS.filter(id => {
      const rule = policy.rules[id];
      return rule !== undefined && rule.severity !== 'off';
    });
  }
}
