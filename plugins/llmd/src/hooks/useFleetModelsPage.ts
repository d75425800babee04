import type { ListModelsQueryInput } from '@llmd/plugin-llmd-common';
import { useCursorPagedList } from './useCursorPagedList';

/** The filters and the order of the fleet table, as `GET /api/llmd/models` takes them. */
export type FleetModelsFilters = Omit<ListModelsQueryInput, 'limit' | 'cursor'>;

/**
 * One page of the fleet's models, paged, filtered and sorted by the backend (never the whole fleet in the browser).
 * `dispatch` changes the filters (back to the first page) or moves to the next or previous page.
 */
export function useFleetModelsPage(
  initial: FleetModelsFilters = { sort: 'name' },
) {
  return useCursorPagedList(initial, (api, query) => api.listModels(query));
}
