import type { z } from 'zod';
import type { EppDialectId } from '../epp/eppDialects';
import type { KubeObjectLike } from '../kube/kubeObject';
import type { PolicyRuleOptions } from './llmdPolicy';
import type { PolicyEppConfig } from './policyEppConfig';
import type { PolicyRuleId } from './policyRuleIds';

/** One violation a rule found in an object: where (dotted field path, see docs/governance.md) and what. */
export interface PolicyRuleHit {
  readonly path: string;
  readonly message: string;
}

/** What a rule can look up besides the object itself; built once per evaluation. */
export interface PolicyRuleContext {
  /** The dialect of the scheduler that loads the models' EPP configs, when known (cluster or render target). */
  readonly eppDialect?: EppDialectId;
  /** The dialect is a lower bound or a guess (see PolicyContext). */
  readonly eppDialectUncertain?: boolean;
  /** Owner per tenant namespace: configured owners and the `backstage.io/owner` of Namespaces evaluated along. */
  readonly namespaceOwners: Readonly<Record<string, string>>;
  /** Whether `eppConfigOf` also looks outside the model (ConfigMaps, base configs, the controller preset). */
  readonly resolvesEppConfig?: boolean;
  /** The EPP config an LLMInferenceService carries, analysed once for all rules that read it. */
  readonly eppConfigOf: (
    llmisvc: KubeObjectLike,
  ) => PolicyEppConfig | undefined;
}

/** A governance rule: which kinds it looks at, its options and its check. */
export interface PolicyRule<Id extends PolicyRuleId> {
  readonly id: Id;
  /** One sentence for the docs, the fleet page and `--help`. */
  readonly description: string;
  /** `kind`s of the objects the rule checks; other objects are never passed to `check`. */
  readonly kinds: readonly string[];
  /** Zod shape of the rule's options (all required in a policy's `rules` section). */
  readonly options: z.ZodRawShape;
  /** The violations in one object; empty when it complies. Pure, never throws on odd objects. */
  readonly check: (
    object: KubeObjectLike,
    options: PolicyRuleOptions[Id],
    context: PolicyRuleContext,
  ) => PolicyRuleHit[];
}
