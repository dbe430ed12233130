import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { SortDirection, PageInput, ListPage } from './list.types';
import { ValidationFailedError } from '../errors/domain.error';

/**
 * Counting walks every matching index entry, so a list counts at most this many; past it the
 * console pages by previous / next (by cursor, which stays fast at any depth) instead of numbers.
 */
export const DEFAULT_COUNT_CAP = 1_000;

/** Pages ending within this many rows are read whole in one statement; deeper ones pick ids first (deferred join). */
const SHALLOW_ROWS = 200;

export interface PageRequest {
  /** Entity property to sort by; the id breaks ties, so every order is total. */
  sortProperty: string;
  direction: SortDirection;
  page: PageInput;
  countCap?: number;
  /** The caller will ask for the total: count while the page loads instead of after it. */
  countAlongside?: boolean;
  /**
   * Columns of a joined table holding the same values as the sort property and the id, in one
   * index: ordering by them lets the database walk that index instead of sorting every match.
   */
  orderBy?: { sort: string; id: string };
  /** Selects the same rows as the filtered query, more cheaply (one index, no join): what the total counts. */
  countQuery?: SelectQueryBuilder<ObjectLiteral>;
}

type Cursor = [unknown, string];

/** The `after` cursor of the row with this sort value and id, as a page hands it out in `nextCursor`. */
export function encodeCursor(value: unknown, id: string): string {
  const plain = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([plain, id])).toString('base64url');
}

function decodeCursor(cursor: string): Cursor {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2 && typeof decoded[1] === 'string') return decoded as Cursor;
  } catch {
    // fall through to the error below
  }
  throw ValidationFailedError.single('page.after', 'isCursor', 'is not a cursor this list gave out');
}

/**
 * Fetches one page of a filtered query in a fixed number of statements, whatever the page
 * size or depth: keyset pages (`after`) seek straight to the row; keyset and deep offset pages
 * first pick ids from the index (deferred join), then load just those rows.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(qb: SelectQueryBuilder<T>, request: PageRequest): Promise<ListPage<T>> {
  const alias = qb.alias;
  const metadata = qb.expressionMap.mainAlias!.metadata;
  const sortColumn = metadata.findColumnWithPropertyName(request.sortProperty);
  const idColumn = metadata.findColumnWithPropertyName('id');
  if (!sortColumn || !idColumn) throw new Error(`cannot sort ${metadata.name} by ${request.sortProperty}`);
  const idExpr = `${alias}.${idColumn.databaseName}`;
  const sortExpr = request.orderBy?.sort ?? `${alias}.${sortColumn.databaseName}`;
  const orderIdExpr = request.orderBy?.id ?? idExpr;
  const ascending = request.direction === SortDirection.ASC;
  const countCap = request.countCap ?? DEFAULT_COUNT_CAP;
  const filtered = qb.clone();
  const limit = request.page.limit;

  const count = async (): Promise<number> => {
    const capped = (request.countQuery ?? filtered)
      .clone()
      .select('1', 'one')
      .orderBy()
      .limit(countCap + 1);
    const row = await qb.connection
      .createQueryBuilder()
      .select('COUNT(*)', 'total')
      .from(`(${capped.getQuery()})`, 'matching')
      .setParameters(capped.getParameters())
      .getRawOne<{ total: string | number }>();
    return Number(row?.total ?? 0);
  };
  const counting = request.countAlongside ? count() : undefined;
  // Awaited by `total` later; until then a failure must not surface as an unhandled rejection.
  counting?.catch(() => undefined);
  const countTotal = () => counting ?? count();

  const inOrder = (query: SelectQueryBuilder<T>) =>
    query
      .orderBy(sortExpr, request.direction)
      .addOrderBy(orderIdExpr, request.direction)
      .limit(limit + 1);
  /**
   * The page's ids from the index alone, then just those rows. Asked for whole rows, MariaDB seeks
   * a keyset page by the status prefix only and walks every row before the cursor (90 ms at a
   * million travellers); asked for ids, it ranges over the whole index key.
   */
  const rowsByIdsFirst = async (query: SelectQueryBuilder<T>): Promise<T[]> => {
    const idRows = await inOrder(query.clone().select(orderIdExpr, 'id')).getRawMany<{ id: string }>();
    const ids = idRows.map((row) => row.id);
    const rows =
      ids.length === 0
        ? []
        : await qb.connection.getRepository<T>(metadata.target).createQueryBuilder(alias).where(`${idExpr} IN (:...pageIds)`, { pageIds: ids }).getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)).filter((row): row is T => row !== undefined);
  };

  let items: T[];
  if (request.page.after) {
    const [rawValue, afterId] = decodeCursor(request.page.after);
    const value = sortColumn.type === 'datetime' || sortColumn.type === Date ? new Date(rawValue as string) : rawValue;
    const persisted = qb.connection.driver.preparePersistentValue(value, sortColumn);
    const comparison = ascending ? '>' : '<';
    items = await rowsByIdsFirst(
      qb.andWhere(`(${sortExpr} ${comparison} :cursorValue OR (${sortExpr} = :cursorValue AND ${orderIdExpr} ${comparison} :cursorId))`, {
        cursorValue: persisted,
        cursorId: afterId,
      }),
    );
  } else if ((request.page.offset ?? 0) + limit <= SHALLOW_ROWS) {
    // Near the start the index walk is short, so the rows come in the same statement as their order.
    items = await inOrder(qb)
      .offset(request.page.offset ?? 0)
      .getMany();
  } else {
    items = await rowsByIdsFirst(qb.offset(request.page.offset ?? 0));
  }

  const hasMore = items.length > limit;
  if (hasMore) items = items.slice(0, limit);
  const last = items[items.length - 1];
  // A first page that holds every match has counted them already.
  const holdsEveryMatch = !request.page.after && !request.page.offset && !hasMore;
  return {
    items,
    nextCursor: hasMore && last ? encodeCursor(last[request.sortProperty as keyof T], last.id) : null,
    countTotal: holdsEveryMatch ? () => Promise.resolve(items.length) : countTotal,
    countCap,
  };
}

/** Beyond this many rows into a merged list, one combined query is cheaper than merging streams. */
const MERGE_WINDOW_LIMIT = 1_000;

/**
 * One page over several disjoint queries with the same sort, each able to use its own index
 * in sort order (e.g. family-name matches by the name index, given-name matches by theirs):
 * each stream gives its first `offset + limit` rows, they are merged, and the page is cut.
 * `combined` answers deeper pages, where fetching every stream's head would cost more.
 */
export async function paginateMerged<T extends ObjectLiteral & { id: string }>(
  streams: SelectQueryBuilder<T>[],
  combined: () => SelectQueryBuilder<T>,
  request: PageRequest,
): Promise<ListPage<T>> {
  const offset = request.page.after ? 0 : (request.page.offset ?? 0);
  const limit = request.page.limit;
  if (streams.length === 1) return paginate(streams[0], request);
  if (offset + limit > MERGE_WINDOW_LIMIT) return paginate(combined(), request);
  // Only the first stream counts while its page loads: the others usually match few enough rows that their page holds them all.
  const heads = await Promise.all(
    streams.map((qb, index) =>
      paginate(qb, { ...request, countAlongside: index === 0 && request.countAlongside, page: { limit: offset + limit, after: request.page.after } }),
    ),
  );
  const sign = request.direction === SortDirection.ASC ? 1 : -1;
  const valueOf = (item: T) => {
    const value = item[request.sortProperty as keyof T] as unknown;
    return value instanceof Date ? value.getTime() : (value as string | number);
  };
  const merged = heads
    .flatMap((head) => head.items)
    .sort((a, b) => {
      const [x, y] = [valueOf(a), valueOf(b)];
      if (x !== y) return (x < y ? -1 : 1) * sign;
      return (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) * sign;
    });
  const items = merged.slice(offset, offset + limit);
  const hasMore = merged.length > offset + limit || heads.some((head) => head.nextCursor !== null);
  const last = items[items.length - 1];
  const countCap = request.countCap ?? DEFAULT_COUNT_CAP;
  return {
    items,
    nextCursor: hasMore && last ? encodeCursor(last[request.sortProperty as keyof T], last.id) : null,
    countTotal: async () => {
      const totals = await Promise.all(heads.map((head) => head.countTotal()));
      return Math.min(
        totals.reduce((sum, total) => sum + total, 0),
        countCap + 1,
      );
    },
    countCap,
  };
}

/** `[prefix, next)` bounds for an indexed prefix search that works the same on MySQL and SQLite. */
export function prefixRange(prefix: string): { from: string; to: string } {
  const last = prefix.charCodeAt(prefix.length - 1);
  return { from: prefix, to: prefix.slice(0, -1) + String.fromCharCode(last + 1) };
}

/**
 * A `LIKE` pattern matching values that start with `prefix`, for use with `ESCAPE '!'`
 * (a backslash would need escaping differently in MySQL and SQLite string literals).
 */
export function likePrefix(prefix: string): string {
  return `${prefix.replace(/[!%_]/g, (character) => `!${character}`)}%`;
}
