import { ClassType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export const MAX_PAGE_SIZE = 200;

/**
 * Offsets reach this deep and no further: the database walks every row before an offset, so a
 * page at 900,000 took a quarter of a second. Deeper rows are reached with `after`, at any depth
 * as fast as the first page.
 */
export const MAX_PAGE_OFFSET = 10_000;

/** One page argument for every list: `limit` with either `after` (keyset, fast at any depth) or `offset`. */
@InputType({ description: 'A page of a list: give `after` (from `nextCursor`) to walk on, or `offset` to jump.' })
export class PageInput {
  @Field(() => Int, { defaultValue: 25 })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 25;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_OFFSET, { message: `reaches at most ${MAX_PAGE_OFFSET} rows deep; walk on with page.after (nextCursor)` })
  offset?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
  countTotal: () => Promise<number>;
  countCap: number;
}

/** `items` and `total` for one resource; `total` is counted only when asked for, and capped. */
export function ListResult<T extends object>(itemClass: ClassType<T>) {
  @ObjectType()
  abstract class ListResultClass {
    @Field(() => [itemClass])
    items: T[];

    @Field(() => String, { nullable: true, description: 'Pass as `page.after` for the next page; null on the last page.' })
    nextCursor: string | null;

    counted?: Promise<number>;
    page: ListPage<T>;

    static of<R extends ListResultClass>(this: new () => R, page: ListPage<T>): R {
      const result = new this();
      result.page = page;
      result.items = page.items;
      result.nextCursor = page.nextCursor;
      return result;
    }

    @Field(() => Int, { description: 'Matching items, counted up to a cap (see totalIsExact).' })
    get total(): Promise<number> {
      this.counted ??= this.page.countTotal();
      return this.counted;
    }

    @Field(() => Boolean, { description: 'False when more items match than were counted.' })
    get totalIsExact(): Promise<boolean> {
      return this.total.then((total) => total <= this.page.countCap);
    }
  }
  return ListResultClass;
}
