import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * The fleet page (`/llmd` in the dev portal).
 *
 * @public
 */
export const fleetRouteRef = createRouteRef({ id: 'llmd:fleet' });
