import type { z, ZodIssue } from 'zod';

/**
 * One problem with a render input, naming the field (`model.uri`).
 *
 * @public
 */
export interface InputProblem {
  /** Dotted path of the field in the input, e.g. `model.uri` or `gateway.listeners.1.port`; `(input)` for the whole input. */
  readonly field: string;
  readonly message: string;
}

/**
 * Result of validating a render input: the parsed value (defaults applied) or every problem found.
 *
 * @public
 */
export type ParsedRenderInput<T> =
  | { readonly success: true; readonly value: T }
  | { readonly success: false; readonly problems: readonly InputProblem[] };

/** The field name of problems with the input as a whole (not an object, empty file). */
const ROOT_FIELD = '(input)';

function issueProblems(issue: ZodIssue): InputProblem[] {
  const field = issue.path.length ? issue.path.join('.') : ROOT_FIELD;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map(key => ({
      field: issue.path.length ? `${field}.${key}` : key,
      message: 'unknown field',
    }));
  }
  if (issue.code === 'invalid_union' && issue.unionErrors.length > 0) {
    // Report the branch that got furthest rather than zod's generic "Invalid input".
    const best = [...issue.unionErrors].sort(
      (a, b) => a.issues.length - b.issues.length,
    )[0];
    return best.issues.flatMap(issueProblems);
  }
  return [{ field, message: issue.message }];
}

/**
 * Validates a render input against its zod schema. Never throws: a wrong input yields one problem per field, in
 * the form the CLI prints (`model.uri: must start with oci://, hf://, pvc:// or s3://`).
 */
export function parseRenderInput<S extends z.ZodTypeAny>(
  schema: S,
  raw: unknown,
): ParsedRenderInput<z.output<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { success: true, value: result.data };
  const problems = result.error.issues.flatMap(issueProblems);
  const seen = new Set<string>();
  return {
    success: false,
    problems: problems.filter(p => {
      const key = `${p.field}\u0000${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}

/**
 * `field: message`, the way problems are printed.
 *
 * @public
 */
export function formatInputProblem(problem: InputProblem): string {
  return `${problem.field}: ${problem.message}`;
}
