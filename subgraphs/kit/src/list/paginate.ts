import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { SortDirection, PageInput, ListPage } from './list.types';
import { ValidationFailedError } from '../errors/domain.error';

export const DEFAULT_COUNT_CAP = 10_000;

export interface PageRequest {
  /** Entity property to sort by; the id breaks ties, so every order is total. */
  sortProperty: string;
  direction: SortDirection;
  page: PageInput;
  countCap?: number;
}

type Cursor = [unknown, string];

function encodeCursor(value: unknown, id: string): string {
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
 * size or depth: keyset pages (`after`) seek straight to the row; offset pages first pick
 * ids from the index (deferred join), then load just those rows.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(qb: SelectQueryBuilder<T>, request: PageRequest): Promise<ListPage<T>> {
  const alias = qb.alias;
  const metadata = qb.expressionMap.mainAlias!.metadata;
  const sortColumn = metadata.findColumnWithPropertyName(request.sortProperty);
  const idColumn = metadata.findColumnWithPropertyName('id');
  if (!sortColumn || !idColumn) throw new Error(`cannot sort ${metadata.name} by ${request.sortProperty}`);
  const sortExpr = `${alias}.${sortColumn.databaseName}`;
  const idExpr = `${alias}.${idColumn.databaseName}`;
  const ascending = request.direction === SortDirection.ASC;
  const countCap = request.countCap ?? DEFAULT_COUNT_CAP;
  const filtered = qb.clone();
  const limit = request.page.limit;

  const countTotal = async (): Promise<number> => {
    const capped = filtered.clone().select('1', 'one').orderBy().limit(countCap + 1);
    const row = await qb.connection
      .createQueryBuilder()
      .select('COUNT(*)', 'total')
      .from(`(${capped.getQuery()})`, 'matching')
      .setParameters(capped.getParameters())
      .getRawOne<{ total: string | number }>();
    return Number(row?.total ?? 0);
  };

  let items: T[];
  if (request.page.after) {
    const [rawValue, afterId] = decodeCursor(request.page.after);
    const value = sortColumn.type === 'datetime' || sortColumn.type === Date ? new Date(rawValue as string) : rawValue;
    const persisted = qb.connection.driver.preparePersistentValue(value, sortColumn);
    const comparison = ascending ? '>' : '<';
    items = await qb
      .andWhere(`(${sortExpr} ${comparison} :cursorValue OR (${sortExpr} = :cursorValue AND ${idExpr} ${comparison} :cursorId))`, {
        cursorValue: persisted,
        cursorId: afterId,
      })
      .orderBy(sortExpr, request.direction)
      .addOrderBy(idExpr, request.direction)
      .limit(limit + 1)
      .getMany();
  } else {
    const idRows = await qb
      .clone()
      .select(idExpr, 'id')
      .orderBy(sortExpr, request.direction)
      .addOrderBy(idExpr, request.direction)
      .limit(limit + 1)
      .offset(request.page.offset ?? 0)
      .getRawMany<{ id: string }>();
    const ids = idRows.map((row) => row.id);
    const rows = ids.length === 0 ? [] : await qb.connection.getRepository<T>(metadata.target).createQueryBuilder(alias).where(`${idExpr} IN (:...pageIds)`, { pageIds: ids }).getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    items = ids.map((id) => byId.get(id)).filter((row): row is T => row !== undefined);
  }

  const hasMore = items.length > limit;
  if (hasMore) items = items.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: hasMore && last ? encodeCursor(last[request.sortProperty as keyof T], last.id) : null,
    countTotal,
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
