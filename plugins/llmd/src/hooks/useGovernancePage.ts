import type { GovernanceQueryInput } from '@llmd/plugin-llmd-common';
import { useCursorPagedList } from './useCursorPagedList';

/** The filters of the policy findings table, as `GET /api/llmd/governance` takes them. */
export type GovernanceFilters = Omit<GovernanceQueryInput, 'limit' | 'cursor'>;

const NO_FILTERS: GovernanceFilters = {};

/** One page of the objects with policy findings, paged and filtered by the backend, like the fleet's models. */
export function useGovernancePage() {
  return useCursorPagedList(NO_FILTERS, (api, query) =>
    api.getGovernance(query),
  );
}
