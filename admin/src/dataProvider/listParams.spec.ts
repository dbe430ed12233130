import { createBuildQuery } from './buildQuery';
import { profileHistoryOperations } from '../profiles/history/profileHistory.operations';
import { MAX_PAGE_OFFSET, toListResult, toPage, type ListPage, type ListParams } from './listParams';

// Cursors are remembered across calls, so each test pages its own resource.
const params = (page: number, overrides: Partial<ListParams> = {}): ListParams => ({
  pagination: { page, perPage: 25 },
  sort: { field: 'familyName', order: 'ASC' },
  filter: { status: 'ACTIVE' },
  ...overrides,
});

const capped = (nextCursor: string | null, items: unknown[] = [{ id: 'a' }]): ListPage => ({ items, total: 1001, totalIsExact: false, nextCursor });

/** Fetches `page` the way a list operation does: toPage, then toListResult on the answer. */
const fetchPage = (resource: string, listParams: ListParams, answer: ListPage) => {
  const sent = toPage(resource, listParams);
  return { sent, result: toListResult(answer, sent, resource, listParams) };
};

describe('list paging', () => {
  it('asks for a page by offset while no cursor leads to it', () => {
    expect(toPage('unknownCursor', params(3))).toEqual({ limit: 25, offset: 50 });
  });

  it('asks for the page after a fetched one by its cursor, and keeps walking by cursor', () => {
    fetchPage('walk', params(1), capped('cursor-2'));
    expect(toPage('walk', params(2))).toEqual({ limit: 25, after: 'cursor-2' });

    fetchPage('walk', params(2), capped('cursor-3'));
    expect(toPage('walk', params(3))).toEqual({ limit: 25, after: 'cursor-3' });
  });

  it('finds the cursor whatever order the filter keys come in', () => {
    fetchPage('keyOrder', params(1, { filter: { status: 'ACTIVE', q: 'smi' } }), capped('cursor-2'));

    expect(toPage('keyOrder', params(2, { filter: { q: 'smi', status: 'ACTIVE' } }))).toEqual({ limit: 25, after: 'cursor-2' });
  });

  it('does not use another list’s cursor', () => {
    fetchPage('profiles-x', params(1), capped('cursor-2'));

    expect(toPage('profiles-x', params(2, { filter: { status: 'ARCHIVED' } }))).toEqual({ limit: 25, offset: 25 });
    expect(toPage('profiles-x', params(2, { sort: { field: 'familyName', order: 'DESC' } }))).toEqual({ limit: 25, offset: 25 });
    expect(toPage('profiles-x', params(2, { pagination: { page: 2, perPage: 10 } }))).toEqual({ limit: 10, offset: 10 });
    expect(toPage('profiles-x', params(2, { target: 'accountId', id: 'acc-1' }))).toEqual({ limit: 25, offset: 25 });
    expect(toPage('staff-x', params(2))).toEqual({ limit: 25, offset: 25 });
  });

  it('remembers no cursor from the last page', () => {
    fetchPage('lastPage', params(1), capped(null));

    expect(toPage('lastPage', params(2))).toEqual({ limit: 25, offset: 25 });
  });

  describe('at the offset limit', () => {
    const edge = MAX_PAGE_OFFSET / 25 + 1;

    it('still asks by offset for the deepest page the API allows', () => {
      expect(toPage('edge', params(edge))).toEqual({ limit: 25, offset: MAX_PAGE_OFFSET });
    });

    it('walks past it by cursor', () => {
      const { result } = fetchPage('pastEdge', params(edge), capped('cursor-beyond', [{ id: 'x' }]));

      expect(result.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: true });
      expect(toPage('pastEdge', params(edge + 1))).toEqual({ limit: 25, after: 'cursor-beyond' });
    });

    it('sends no request the API refuses for a deeper page without a cursor, and answers with no rows so react-admin goes back to page 1', () => {
      const { sent, result } = fetchPage('reloaded', params(edge + 1), capped('cursor-unused', [{ id: 'page-1-row' }]));

      expect(sent.after).toBeUndefined();
      expect(sent.offset ?? 0).toBeLessThanOrEqual(MAX_PAGE_OFFSET);
      expect(result).toEqual({ data: [], pageInfo: { hasPreviousPage: true, hasNextPage: false } });
      // The stand-in's cursor leads nowhere on this list: neither past the unreachable page nor to page 2.
      expect(toPage('reloaded', params(edge + 2)).after).toBeUndefined();
      expect(toPage('reloaded', params(2))).toEqual({ limit: 25, offset: 25 });
    });
  });

  describe('page info for a page fetched by cursor', () => {
    it('takes the offset from the page number, not from the request', () => {
      fetchPage('cursorInfo', params(1), capped('cursor-2'));
      const { sent, result } = fetchPage('cursorInfo', params(2), capped('cursor-3', [{ id: 'b' }]));

      expect(sent).toEqual({ limit: 25, after: 'cursor-2' });
      expect(result).toEqual({ data: [{ id: 'b' }], pageInfo: { hasPreviousPage: true, hasNextPage: true } });
    });

    it('has no next page once the cursor runs out', () => {
      fetchPage('cursorEnd', params(401), capped('cursor-402'));
      const { sent, result } = fetchPage('cursorEnd', params(402), capped(null, [{ id: 'last' }]));

      expect(sent).toEqual({ limit: 25, after: 'cursor-402' });
      expect(result.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
    });

    it('has no previous page on page 1', () => {
      const { result } = fetchPage('firstPage', params(1), capped('cursor-2'));

      expect(result.pageInfo).toEqual({ hasPreviousPage: false, hasNextPage: true });
    });
  });

  it('forgets the oldest cursors rather than growing forever', () => {
    fetchPage('oldest', params(1), capped('cursor-old'));
    for (let page = 1; page <= 1_000; page += 1) fetchPage('busy', params(page), capped(`cursor-${page + 1}`));

    expect(toPage('oldest', params(2))).toEqual({ limit: 25, offset: 25 });
    expect(toPage('busy', params(1_001))).toEqual({ limit: 25, after: 'cursor-1001' });
  });

  it('keeps the exact total for a fully counted list', () => {
    const { result } = fetchPage('exact', params(1), { items: [{ id: 'a' }], total: 30, totalIsExact: true, nextCursor: 'cursor-2' });

    expect(result).toEqual({ data: [{ id: 'a' }], total: 30 });
    expect(toPage('exact', params(2))).toEqual({ limit: 25, after: 'cursor-2' });
  });

  it('is wired through the list operations, a reference list keyed by its record', () => {
    const buildQuery = createBuildQuery(() => ['profiles:read'], { profileHistory: profileHistoryOperations });
    const history = (page: number, id: string) => ({
      target: 'profileId',
      id,
      pagination: { page, perPage: 10 },
      sort: { field: 'changedAt', order: 'DESC' },
      filter: {},
    });
    const first = buildQuery('GET_MANY_REFERENCE', 'profileHistory', history(1, 'p-1'));
    first.parseResponse({ data: { profile: { history: { ...capped('history-2'), total: 3, totalIsExact: true } } } });

    expect(buildQuery('GET_MANY_REFERENCE', 'profileHistory', history(2, 'p-1')).variables.page).toEqual({ limit: 10, after: 'history-2' });
    expect(buildQuery('GET_MANY_REFERENCE', 'profileHistory', history(2, 'p-2')).variables.page).toEqual({ limit: 10, offset: 10 });
  });
});
