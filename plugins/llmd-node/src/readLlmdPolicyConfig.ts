import type { Config } from '@backstage/config';
import { type LlmdPolicy, parseLlmdPolicy } from '@llmd/plugin-llmd-common';

/**
 * Reads the governance policy `llmd.policy` (`rules`, `overrides`; the shape of a policy YAML file, see
 * docs/governance.md). Undefined when the portal configures no policy. Throws at start-up on an invalid policy, one
 * line per problem naming the full config key, so a typo never silently disables a rule.
 *
 * @public
 */
export function readLlmdPolicyConfig(config: Config): LlmdPolicy | undefined {
  const raw = config.getOptional('llmd.policy');
  if (raw === undefined) return undefined;
  const result = parseLlmdPolicy(raw);
  if ('policy' in result) return result.policy;
  const lines = result.problems.map(
    p => `  llmd.policy${p.path ? `.${p.path}` : ''}: ${p.message}`,
  );
  throw new Error(`Invalid config at llmd.policy:\n${lines.join('\n')}`);
}
