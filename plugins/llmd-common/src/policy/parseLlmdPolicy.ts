import type { LlmdPolicy } from './llmdPolicy';
import { llmdPolicySchema } from './llmdPolicySchema';
import { formatFieldPath } from './fieldPath';
import { parseYamlDocument } from '../yaml/parseYamlDocuments';
import { yamlDocumentValue } from '../yaml/yamlDocumentValue';

/**
 * One problem of a policy document: the dotted path of the offending key (empty for the whole) and what is wrong.
 *
 * @public
 */
export interface PolicyProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * The outcome of {@link parseLlmdPolicy}: the policy, or every problem found.
 *
 * @public
 */
export type ParseLlmdPolicyResult =
  | { readonly policy: LlmdPolicy }
  | { readonly problems: readonly PolicyProblem[] };

/**
 * Validates a policy document (already parsed from YAML or read from app-config) against {@link llmdPolicySchema}.
 * Never throws; problems name the path of the key, e.g. `rules.max-gpus-per-model.max` or
 * `overrides[0].rules.typo`.
 *
 * @public
 */
export function parseLlmdPolicy(value: unknown): ParseLlmdPolicyResult {
  const result = llmdPolicySchema.safeParse(value);
  if (result.success) return { policy: result.data };
  return {
    problems: result.error.issues.map(issue => ({
      path: formatFieldPath(issue.path),
      message: issue.message,
    })),
  };
}

/**
 * Reads a policy YAML file's text (the CLI's `--policy`): YAML errors and schema problems alike come back as
 * problems, with the line for YAML errors. Never throws.
 *
 * @public
 */
export function parseLlmdPolicyYaml(text: string): ParseLlmdPolicyResult {
  const doc = parseYamlDocument(text);
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map(error => ({
        path: '',
        message: `YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const built = yamlDocumentValue(doc);
  if ('error' in built) {
    return { problems: [{ path: '', message: `YAML: ${built.error}` }] };
  }
  return parseLlmdPolicy(built.value);
}
