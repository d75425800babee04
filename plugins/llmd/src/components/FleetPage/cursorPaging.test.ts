import { cursorPaging, pageQuery, type CursorPaging } from './cursorPaging';

type Filters = { q?: string; tenant?: string; sort: string };
const start: CursorPaging<Filters> = { filters: { sort: 'name' }, cursors: [] };

describe('cursorPaging', () => {
  it('walks forward and back through the cursors the API handed out', () => {
    const second = cursorPaging(start, { type: 'next', cursor: 'c1' });
    const third = cursorPaging(second, { type: 'next', cursor: 'c2' });
    expect(pageQuery(third, 50)).toEqual({
      limit: 50,
      cursor: 'c2',
      sort: 'name',
    });
    const back = cursorPaging(third, { type: 'previous' });
    expect(pageQuery(back, 50)).toEqual({
      limit: 50,
      cursor: 'c1',
      sort: 'name',
    });
    const first = cursorPaging(back, { type: 'previous' });
    expect(pageQuery(first, 50)).toEqual({ limit: 50, sort: 'name' });
    expect(cursorPaging(first, { type: 'previous' })).toBe(first);
  });

  it('goes back to the first page when a filter changes, and leaves out empty filters', () => {
    const second = cursorPaging(start, { type: 'next', cursor: 'c1' });
    const filtered = cursorPaging(second, {
      type: 'filter',
      filters: { tenant: 'team-a', q: '' },
    });
    expect(pageQuery(filtered, 50)).toEqual({
      limit: 50,
      tenant: 'team-a',
      sort: 'name',
    });
    const cleared = cursorPaging(filtered, {
      type: 'filter',
      filters: { tenant: undefined },
    });
    expect(pageQuery(cleared, 50)).toEqual({ limit: 50, sort: 'name' });
  });

  it('keeps the page when a filter is set to the value it has', () => {
    const second = cursorPaging(start, { type: 'next', cursor: 'c1' });
    expect(
      cursorPaging(second, { type: 'filter', filters: { sort: 'name' } }),
    ).toBe(second);
  });
});
