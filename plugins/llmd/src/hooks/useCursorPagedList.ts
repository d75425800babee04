import { useApi } from '@backstage/core-plugin-api';
import { DEFAULT_PAGE_LIMIT } from '@llmd/plugin-llmd-common';
import { type Reducer, useReducer } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { type LlmdApi, llmdApiRef } from '../api';
import {
  type CursorPaging,
  type CursorPagingAction,
  cursorPaging,
  pageQuery,
} from '../components/FleetPage/cursorPaging';

/** The query of one page of a cursor-paged list: its filters, the page size and the cursor past the first page. */
export type CursorPageQuery<F extends object> = ReturnType<typeof pageQuery<F>>;

/**
 * One page of a list the backend pages, filters and sorts (never the whole list in the browser). `dispatch` changes
 * the filters (back to the first page) or moves to the next or previous page; `fetchPage` asks the API for a page.
 */
export function useCursorPagedList<F extends object, R>(
  initial: F,
  fetchPage: (api: LlmdApi, query: CursorPageQuery<F>) => Promise<R>,
) {
  const api = useApi(llmdApiRef);
  const [paging, dispatch] = useReducer<
    Reducer<CursorPaging<F>, CursorPagingAction<F>>
  >(cursorPaging, {
    filters: initial,
    cursors: [],
  });
  // keyed by the query's text: a state change that asks the same question does not ask again
  const key = JSON.stringify(pageQuery(paging, DEFAULT_PAGE_LIMIT));
  // fetchPage is left out of the dependencies: callers pass a new arrow each render, the query is what matters
  const page = useAsyncRetry(
    () => fetchPage(api, JSON.parse(key)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, key],
  );
  return { ...page, paging, dispatch, limit: DEFAULT_PAGE_LIMIT };
}
