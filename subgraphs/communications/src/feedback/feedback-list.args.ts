import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { DateScalar, ListResult, PageInput, SortDirection } from '@wayfarer/kit';
import { Feedback, FeedbackProductType } from './feedback.entity';
import { SUPPLIER_CODE, SUPPLIER_CODE_MESSAGE } from './feedback.input';

export enum FeedbackSortField {
  GIVEN_AT = 'givenAt',
}
registerEnumType(FeedbackSortField, { name: 'FeedbackSortField' });

/** Product, supplier and period: what the reports group by. */
@InputType()
export class FeedbackSummaryFilter {
  @Field(() => FeedbackProductType, { nullable: true })
  @IsOptional()
  @IsEnum(FeedbackProductType)
  productType?: FeedbackProductType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(SUPPLIER_CODE, { message: SUPPLIER_CODE_MESSAGE })
  supplierCode?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Given on or after this day (UTC).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Given on or before this day (UTC).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  to?: string;
}

@InputType()
export class FeedbackFilter extends FeedbackSummaryFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  profileId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  rating?: number;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];
}

@InputType()
export class FeedbackSort {
  @Field(() => FeedbackSortField)
  @IsEnum(FeedbackSortField)
  field: FeedbackSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class FeedbackListArgs {
  @Field(() => FeedbackFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: FeedbackFilter;

  @Field(() => FeedbackSort, { nullable: true, description: 'Newest first when not given.' })
  @IsOptional()
  @ValidateNested()
  sort?: FeedbackSort;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class FeedbackList extends ListResult(Feedback) {}

@ObjectType()
export class RatingCount {
  @Field(() => Int)
  rating: number;

  @Field(() => Int)
  count: number;
}

/** Count, average and distribution of ratings over some feedback. */
@ObjectType()
export class FeedbackAggregate {
  @Field(() => Int)
  count: number;

  @Field(() => Float, { nullable: true, description: 'Null when there is no feedback.' })
  averageRating: number | null;

  @Field(() => [RatingCount], { description: 'One entry per rating, 1 to 5, zeros included.' })
  distribution: RatingCount[];
}

@ObjectType()
export class ProductFeedbackAggregate extends FeedbackAggregate {
  @Field(() => FeedbackProductType)
  productType: FeedbackProductType;
}

@ObjectType()
export class SupplierFeedbackAggregate extends FeedbackAggregate {
  @Field()
  supplierCode: string;

  @Field({ description: 'The name most recently recorded for the code.' })
  supplierName: string;
}

@ObjectType({ description: 'Feedback aggregated for the reports: overall, per product type and per supplier.' })
export class FeedbackSummary extends FeedbackAggregate {
  @Field(() => [ProductFeedbackAggregate], { description: 'Per product type, most feedback first.' })
  products: ProductFeedbackAggregate[];

  @Field(() => [SupplierFeedbackAggregate], { description: 'Per supplier, most feedback first.' })
  suppliers: SupplierFeedbackAggregate[];
}
