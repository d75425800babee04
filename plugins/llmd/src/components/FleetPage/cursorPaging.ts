/**
 * The state of a cursor-paged list: its filters and the cursors of the pages walked through so far. The API hands out
 * only a `nextCursor`, so going back means remembering the cursors that led here.
 */
export interface CursorPaging<F extends object> {
  readonly filters: F;
  /** The cursor of each page after the first, up to the current one; empty on the first page. */
  readonly cursors: readonly string[];
}

/** What changes a {@link CursorPaging}. */
export type CursorPagingAction<F extends object> =
  /** New filter values (merged; `undefined` clears one): back to the first page. */
  | { readonly type: 'filter'; readonly filters: Partial<F> }
  | { readonly type: 'next'; readonly cursor: string }
  | { readonly type: 'previous' };

function sameFilters<F extends object>(a: F, b: F): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every(key => a[key as keyof F] === b[key as keyof F]);
}

/**
 * Moves a cursor-paged list. A filter change that changes nothing keeps the state (and so the page): a debounced
 * search box reports its value again without the user losing their place.
 */
export function cursorPaging<F extends object>(
  state: CursorPaging<F>,
  action: CursorPagingAction<F>,
): CursorPaging<F> {
  switch (action.type) {
    case 'filter': {
      const filters = { ...state.filters, ...action.filters };
      return sameFilters(filters, state.filters)
        ? state
        : { filters, cursors: [] };
    }
    case 'next':
      return { ...state, cursors: [...state.cursors, action.cursor] };
    case 'previous':
      return state.cursors.length === 0
        ? state
        : { ...state, cursors: state.cursors.slice(0, -1) };
    default:
      return state;
  }
}

/** The cursor of the current page; undefined on the first page. */
const currentCursor = (state: CursorPaging<object>) =>
  state.cursors[state.cursors.length - 1];

/**
 * The query of the current page: the page size, the cursor when past the first page and every filter that is set
 * (empty strings and undefined are left out, so the URL carries only what narrows the list).
 */
export function pageQuery<F extends object>(
  state: CursorPaging<F>,
  limit: number,
): Partial<F> & { limit: number; cursor?: string } {
  const cursor = currentCursor(state);
  const filters = Object.fromEntries(
    Object.entries(state.filters).filter(
      ([, value]) => value !== undefined && value !== '',
    ),
  ) as Partial<F>;
  return { limit, ...(cursor !== undefined && { cursor }), ...filters };
}
