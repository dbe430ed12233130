import type { GetListParams, GetListResult, GetManyReferenceParams, SortPayload } from 'react-admin';
import type { PageInput, SortDirection } from '../graphql/generated';
import { DataProviderError } from './graphqlRequest';

export interface ListPage {
  items: unknown[];
  total: number;
  totalIsExact: boolean;
  nextCursor: string | null;
}

/** Mirrors the API's limit on page.offset (MAX_PAGE_OFFSET in the kit): deeper pages can only be reached by cursor. */
export const MAX_PAGE_OFFSET = 10_000;

/** One list as react-admin asks for it; a reference list also names the record it hangs off. */
export type ListParams = Pick<GetListParams, 'pagination' | 'sort' | 'filter'> & Partial<Pick<GetManyReferenceParams, 'target' | 'id'>>;

const pageOf = (pagination: ListParams['pagination']) => {
  const { page = 1, perPage = 25 } = pagination ?? {};
  return { page, perPage, offset: (page - 1) * perPage };
};

/**
 * `nextCursor` of each page fetched, under the page it leads to, so the next page is asked for by
 * `after` (as fast at any depth, and the only way past the offset limit). The oldest go first.
 */
const cursors = new Map<string, string>();
const MAX_CURSORS = 1_000;

// React-admin may rebuild the same filter with its keys in another order; that is still the same list.
const sortKeys = (_key: string, value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value;

const cursorKey = (resource: string, params: ListParams, page: number) =>
  JSON.stringify([resource, params.target, params.id, params.filter, params.sort, pageOf(params.pagination).perPage, page], sortKeys);

const rememberCursor = (key: string, cursor: string) => {
  cursors.delete(key);
  cursors.set(key, cursor);
  if (cursors.size > MAX_CURSORS) cursors.delete(cursors.keys().next().value!);
};

export const toPage = (resource: string, params: ListParams): PageInput => {
  const { page, perPage, offset } = pageOf(params.pagination);
  const after = cursors.get(cursorKey(resource, params, page));
  if (after) return { limit: perPage, after };
  // Past the limit with no cursor (e.g. a reloaded URL deep in the list) the page cannot be fetched;
  // a request must still be sent, so a one-row one the API accepts stands in (toListResult drops it).
  if (offset > MAX_PAGE_OFFSET) return { limit: 1, offset: 0 };
  return { limit: perPage, offset };
};

/** Maps a react-admin sort to `{ field: ENUM, direction }`; a column the API cannot sort by leaves the server's order. */
export const toSort = <Field extends string>(
  sort: SortPayload | undefined,
  sortFields: Record<string, Field>,
): { field: Field; direction: SortDirection } | undefined => {
  const field = sort && sortFields[sort.field];
  if (!field) return undefined;
  return { field, direction: sort.order === 'DESC' ? 'DESC' : 'ASC' };
};

/** Drops empty filter values (react-admin keeps cleared inputs as '' or null) and renames `q` to `search`. */
export const toFilter = <Filter extends object>(filter: Record<string, unknown> | undefined, keys: readonly string[]): Filter => {
  const source = filter ?? {};
  const result: Record<string, unknown> = {};
  for (const key of keys) {
    const value = key === 'search' ? source.q : source[key];
    if (value !== undefined && value !== null && value !== '') result[key] = value;
  }
  return result as Filter;
};

/**
 * A capped total is not a real count, so react-admin gets page info instead and shows prev/next only.
 * `sent` is what toPage asked for; the offset comes from the pagination, as a page fetched by cursor has none.
 */
export const toListResult = (list: ListPage, sent: PageInput, resource: string, params: ListParams): GetListResult => {
  const { page, offset } = pageOf(params.pagination);
  // No rows for a page toPage could not fetch: react-admin then goes back to page 1, where paging works again.
  if (!sent.after && offset > MAX_PAGE_OFFSET) return { data: [], pageInfo: { hasPreviousPage: true, hasNextPage: false } };
  if (list.nextCursor !== null) rememberCursor(cursorKey(resource, params, page + 1), list.nextCursor);
  if (list.totalIsExact) return { data: list.items, total: list.total };
  return {
    data: list.items,
    pageInfo: {
      hasPreviousPage: offset > 0,
      hasNextPage: list.nextCursor !== null || offset + list.items.length < list.total,
    },
  };
};

export const requireRecord = <T>(record: T | null | undefined): { data: T } => {
  if (record == null) throw new DataProviderError('ra.notification.item_doesnt_exist', 404);
  return { data: record };
};
