import { useApi } from '@backstage/core-plugin-api';
import {
  DEFAULT_PAGE_LIMIT,
  type GovernanceQueryInput,
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

/** The filters of the policy findings table, as `GET /api/llmd/governance` takes them. */
export type GovernanceFilters = Omit<GovernanceQueryInput, 'limit' | 'cursor'>;

/** One page of the objects with policy findings, paged and filtered by the backend, like the fleet's models. */
export function useGovernancePage() {
  const api = useApi(llmdApiRef);
  const [paging, dispatch] = useReducer<
    Reducer<
      CursorPaging<GovernanceFilters>,
      CursorPagingAction<GovernanceFilters>
    >
  >(cursorPaging, {
    filters: {},
    cursors: [],
  });
  const key = JSON.stringify(pageQuery(paging, DEFAULT_PAGE_LIMIT));
  const page = useAsyncRetry(
    () => api.getGovernance(JSON.parse(key)),
    [api, key],
  );
  return { ...page, paging, dispatch, limit: DEFAULT_PAGE_LIMIT };
}
