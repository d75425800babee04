import { useApi } from '@backstage/core-plugin-api';
import {
  DEFAULT_PAGE_LIMIT,
  type ListModelsQueryInput,
} from '@llmd/plugin-llmd-common';
import { type Reducer, useReducer } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { llmdApiRef } from '../api';
import {
  type CursorPaging,
  type CursorPagingAction,
  cursorPaging,
  pageQuery,
} from '../components/FleetPage/cursorPaging';

/** The filters and the order of the fleet table, as `GET /api/llmd/models` takes them. */
export type FleetModelsFilters = Omit<ListModelsQueryInput, 'limit' | 'cursor'>;

/**
 * One page of the fleet's models, paged, filtered and sorted by the backend (never the whole fleet in the browser).
 * `dispatch` changes the filters (back to the first page) or moves to the next or previous page.
 */
export function useFleetModelsPage(
  initial: FleetModelsFilters = { sort: 'name' },
) {
  const api = useApi(llmdApiRef);
  const [paging, dispatch] = useReducer<
    Reducer<
      CursorPaging<FleetModelsFilters>,
      CursorPagingAction<FleetModelsFilters>
    >
  >(cursorPaging, {
    filters: initial,
    cursors: [],
  });
  const query = pageQuery(paging, DEFAULT_PAGE_LIMIT);
  // keyed by the query's text: a state change that asks the same question does not ask again
  const key = JSON.stringify(query);
  const page = useAsyncRetry(() => api.listModels(JSON.parse(key)), [api, key]);
  return { ...page, paging, dispatch, limit: DEFAULT_PAGE_LIMIT };
}
