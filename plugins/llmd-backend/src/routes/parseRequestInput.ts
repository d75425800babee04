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
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map(issue => {
    const field = issue.path.join('.') || '(root)';
    return `${field}: ${issue.message}`;
  });
  throw new InputError(`Invalid ${what}: ${problems.join('; ')}`);
}
