import type { GetListParams, GetListResult, SortPayload } from 'react-admin';
import type { PageInput, SortDirection } from '../graphql/generated';
import { DataProviderError } from './graphqlRequest';

export interface ListPage {
  items: any[];
  total: number;
  totalIsExact: boolean;
  nextCursor: string | null;
}

export const toPage = (pagination: GetListParams['pagination']): PageInput => {
  const { page = 1, perPage = 25 } = pagination ?? {};
  return { limit: perPage, offset: (page - 1) * perPage };
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

/** A capped total is not a real count, so react-admin gets page info instead and shows prev/next only. */
export const toListResult = (list: ListPage, page: PageInput): GetListResult => {
  if (list.totalIsExact) return { data: list.items, total: list.total };
  const offset = page.offset ?? 0;
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
