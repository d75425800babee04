import { isPlainObject } from '../kube/isPlainObject';
import { fullOwnerRef } from '../catalog/catalogOwner';
import type { KubeObjectLike } from '../kube/kubeObject';
import { OWNER_ANNOTATION } from '../kube/objectAnnotations';
import type { LlmdPolicy, PolicyRuleConfig } from './llmdPolicy';
import type { PolicyContext } from './policyContext';
import type { PolicyRule, PolicyRuleContext } from './policyRule';
import { policyEppConfigOf, type PolicyEppConfig } from './policyEppConfig';
import { policyForNamespace } from './policyForNamespace';
import { POLICY_RULES } from './policyRules';
import {
  POLICY_RULE_IDS,
  type PolicyRuleId,
  type PolicySeverity,
} from './policyRuleIds';

/**
 * The object a finding is about.
 *
 * @public
 */
export interface PolicyObjectRef {
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
}

/**
 * One rule violation in one object.
 *
 * @public
 */
export interface PolicyFinding {
  readonly rule: PolicyRuleId;
  readonly severity: PolicySeverity;
  /**
   * Field path in the object: keys joined with dots, list indexes in brackets, non-identifier keys quoted in
   * brackets, e.g. `spec.template.containers[0].resources.limits["nvidia.com/gpu"]`.
   */
  readonly path: string;
  readonly message: string;
  readonly object: PolicyObjectRef;
}

/** The object as a Kubernetes object, when it has a kind and a name (kustomize files and junk have not). */
function asKubeObject(value: unknown): KubeObjectLike | undefined {
  if (!isPlainObject(value) || typeof value.kind !== 'string') return undefined;
  const metadata = value.metadata;
  if (!isPlainObject(metadata) || typeof metadata.name !== 'string') {
    return undefined;
  }
  return value as unknown as KubeObjectLike;
}

function refOf(object: KubeObjectLike): PolicyObjectRef {
  return {
    apiVersion: object.apiVersion ?? '',
    kind: object.kind ?? '',
    ...(object.metadata.namespace !== undefined && {
      namespace: object.metadata.namespace,
    }),
    name: object.metadata.name,
  };
}

/** The namespace whose overrides apply: its own name for a Namespace, else `metadata.namespace`. */
function governingNamespace(object: KubeObjectLike): string | undefined {
  return object.kind === 'Namespace'
    ? object.metadata.name
    : object.metadata.namespace;
}

function namespaceOwners(
  objects: readonly (KubeObjectLike | undefined)[],
  configured: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const owners: Record<string, string> = { ...configured };
  for (const object of objects) {
    if (object?.kind !== 'Namespace') continue;
    const owner =
      fullOwnerRef(object.metadata.annotations?.[OWNER_ANNOTATION]) ??
      fullOwnerRef(object.metadata.labels?.[OWNER_ANNOTATION]);
    if (owner) owners[object.metadata.name] = owner;
  }
  return owners;
}

function ruleContext(
  objects: readonly (KubeObjectLike | undefined)[],
  context: PolicyContext,
): PolicyRuleContext {
  // Two rules read a model's EPP config; linting it once per evaluation is enough.
  const eppConfigs = new WeakMap<object, PolicyEppConfig | undefined>();
  return {
    ...(context.eppDialect && { eppDialect: context.eppDialect }),
    ...(context.eppDialectUncertain && { eppDialectUncertain: true }),
    namespaceOwners: namespaceOwners(objects, context.namespaceOwners),
    resolvesEppConfig: context.resolveEppConfig !== undefined,
    eppConfigOf: llmisvc => {
      if (!eppConfigs.has(llmisvc)) {
        eppConfigs.set(
          llmisvc,
          policyEppConfigOf(
            llmisvc,
            context.eppDialect,
            context.resolveEppConfig,
          ),
        );
      }
      return eppConfigs.get(llmisvc);
    },
  };
}

function checkObject(
  object: KubeObjectLike,
  policy: LlmdPolicy,
  context: PolicyRuleContext,
): PolicyFinding[] {
  const rules = policyForNamespace(policy, governingNamespace(object));
  const ref = refOf(object);
  return POLICY_RULE_IDS.flatMap(id => {
    const config = rules[id] as PolicyRuleConfig | undefined;
    const rule = POLICY_RULES[id] as PolicyRule<PolicyRuleId>;
    if (!config || config.severity === 'off') return [];
    if (!rule.kinds.includes(object.kind ?? '')) return [];
    const severity = config.severity;
    return rule
      .check(object, config as never, context)
      .map(hit => ({ rule: id, severity, ...hit, object: ref }));
  });
}

/**
 * Evaluates a policy over a set of objects (a GitOps tree, a scaffolder workspace or what runs on a cluster) and
 * returns the findings of each object, in the order of `objects`. Values that are not Kubernetes objects (no kind
 * or name, e.g. kustomization files) get none. Pure and synchronous; never throws.
 *
 * @public
 */
export function evaluatePolicyPerObject(
  objects: readonly unknown[],
  policy: LlmdPolicy,
  context: PolicyContext = {},
): PolicyFinding[][] {
  const kubeObjects = objects.map(asKubeObject);
  const ruleCtx = ruleContext(kubeObjects, context);
  return kubeObjects.map(object =>
    object ? checkObject(object, policy, ruleCtx) : [],
  );
}

/**
 * Evaluates a policy over a set of objects: every rule violation, object by object in input order and rule by rule
 * in {@link POLICY_RULE_IDS} order. The one function the scaffolder, the CLI and the backend share.
 *
 * @param objects - Kubernetes objects (parsed YAML or cached cluster objects); anything else is skipped
 * @param policy - a policy from {@link parseLlmdPolicy}
 * @param context - the EPP dialect and known tenant owners
 *
 * @public
 */
export function evaluatePolicy(
  objects: readonly unknown[],
  policy: LlmdPolicy,
  context: PolicyContext = {},
): PolicyFinding[] {
  return evaluatePolicyPerObject(objects, policy, context).flat();
}

/**
 * Whether any finding is a `deny`, i.e. the change must not go in.
 *
 * @public
 */
export function hasPolicyDenials(findings: readonly PolicyFinding[]): boolean {
  return findings.some(f => f.severity === 'deny');
}
