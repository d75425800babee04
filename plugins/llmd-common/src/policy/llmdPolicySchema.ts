import { z } from 'zod';
import type { LlmdPolicy } from './llmdPolicy';
import { POLICY_RULES } from './policyRules';
import { isPolicyRuleId, POLICY_RULE_IDS } from './policyRuleIds';

/** A rule's setting: `deny`, `warn`, or `off` (not evaluated — mostly for per-namespace overrides). */
const ruleSetting = z.enum(['deny', 'warn', 'off']);

/** A rule's complete entry: setting plus every option of the rule; unknown options are errors. */
function ruleEntrySchema(id: keyof typeof POLICY_RULES) {
  return z
    .object({ severity: ruleSetting, ...POLICY_RULES[id].options })
    .strict();
}

/**
 * A map of rule id → entry. Checked key by key (not as a strict object) so that an unknown rule id is reported by
 * name, with the known ids, next to the problems of the other rules.
 */
function rulesSchema(partial: boolean) {
  return z.record(z.string(), z.unknown()).superRefine((rules, ctx) => {
    for (const [id, entry] of Object.entries(rules)) {
      if (!isPolicyRuleId(id)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [id],
          message: `unknown rule "${id}"; known rules: ${POLICY_RULE_IDS.join(
            ', ',
          )}`,
        });
        continue;
      }
      const schema = partial
        ? ruleEntrySchema(id).partial()
        : ruleEntrySchema(id);
      const result = schema.safeParse(entry);
      if (result.success) continue;
      for (const issue of result.error.issues) {
        ctx.addIssue({ ...issue, path: [id, ...issue.path] } as z.IssueData);
      }
    }
  });
}

const overrideSchema = z
  .object({
    namespaces: z.array(z.string().min(1)).min(1),
    rules: rulesSchema(true),
  })
  .strict();

/**
 * Zod schema of a governance policy document (`llmd.policy` in app-config, or a policy YAML file): `rules` (rule id
 * → `{severity: deny|warn|off, ...options}`) and `overrides` (`[{namespaces, rules}]`, rules given partially).
 * Strict: unknown keys and rule ids are errors. An override may name a rule the `rules` section leaves out, but must
 * then set it completely. Parse with {@link parseLlmdPolicy} for `path: message` problems.
 *
 * @public
 */
export const llmdPolicySchema: z.ZodType<LlmdPolicy, z.ZodTypeDef, unknown> = z
  .object({
    rules: rulesSchema(false).default({}),
    overrides: z.array(overrideSchema).default([]),
  })
  .strict()
  .superRefine((policy, ctx) => {
    policy.overrides.forEach((override, index) => {
      for (const [id, entry] of Object.entries(override.rules)) {
        if (!isPolicyRuleId(id) || id in policy.rules) continue;
        const result = ruleEntrySchema(id).safeParse(entry);
        if (result.success) continue;
        for (const issue of result.error.issues) {
          ctx.addIssue({
            ...issue,
            path: ['overrides', index, 'rules', id, ...issue.path],
            message: `${issue.message} (the rule is not in rules, so this override must set it completely)`,
          } as z.IssueData);
        }
      }
    });
  }) as unknown as z.ZodType<LlmdPolicy, z.ZodTypeDef, unknown>;
