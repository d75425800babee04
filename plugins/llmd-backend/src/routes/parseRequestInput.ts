import { InputError } from '@backstage/errors';
import type { z } from 'zod';

/**
 * Validates request input (query, path parameters, body) with a zod schema.
 *
 * @throws InputError (400) naming the offending fields; input values are never echoed, as they could hold secrets
 */
export function parseRequestInput<T extends z.ZodTypeAny>(
  schema: T,
  input: unknown,
  what: string,
): z.infer<T> {
  return parsedRequestInput(schema.safeParse(input), what);
}

/**
 * The data of a zod parse result already taken (e.g. to audit well-formed input before anything can fail).
 *
 * @throws InputError (400) as {@link parseRequestInput} does
 */
export function parsedRequestInput<T>(
  result: z.SafeParseReturnType<unknown, T>,
  what: string,
): T {
  if (result.success) return result.data;
  const problems = result.error.issues.map(issue => {
    const field = issue.path.join('.') || '(root)';
    return `${field}: ${issue.message}`;
  });
  throw new InputError(`Invalid ${what}: ${problems.join('; ')}`);
}
