import { z } from 'zod';

const ENTITY_REF =
  /^[a-z]+:([a-z0-9][a-z0-9._-]*\/)?[A-Za-z0-9][A-Za-z0-9._-]*$/i;

/**
 * A Backstage entity reference with its kind, e.g. `group:default/team-a`.
 *
 * @public
 */
export const entityRef = z
  .string()
  .regex(
    ENTITY_REF,
    'must be a Backstage entity reference like group:default/team-a',
  );

/**
 * A TCP port.
 *
 * @public
 */
export const port = z
  .number()
  .int('must be an integer')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');
