import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { ListResult, PageInput, SearchText, SortDirection } from '@wayfarer/kit';
import { LoyaltyReward } from './loyalty-reward.entity';

/** Fields shared by create and update; on update only the fields given change. */
@InputType()
export abstract class LoyaltyRewardFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be whole points' })
  @Min(1, { message: 'must be at least 1 point' })
  @Max(10_000_000)
  pointsPrice?: number;

  @Field(() => Int, { nullable: true, description: 'Null: unlimited.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(10_000_000)
  stock?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class CreateLoyaltyRewardInput extends LoyaltyRewardFieldsInput {
  @Field()
  @Length(1, 200)
  declare name: string;

  @Field(() => Int)
  @IsInt({ message: 'must be whole points' })
  @Min(1, { message: 'must be at least 1 point' })
  @Max(10_000_000)
  declare pointsPrice: number;
}

@InputType()
export class UpdateLoyaltyRewardInput extends LoyaltyRewardFieldsInput {
  @Field(() => Int, { description: 'The version this change was based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

export enum LoyaltyRewardSortField {
  NAME = 'nameKey',
  CREATED_AT = 'createdAt',
}
registerEnumType(LoyaltyRewardSortField, { name: 'LoyaltyRewardSortField' });

@InputType()
export class LoyaltyRewardFilter {
  @Field(() => String, { nullable: true, description: 'Start of the name.' })
  @IsOptional()
  @SearchText()
  search?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];
}

@InputType()
export class LoyaltyRewardSort {
  @Field(() => LoyaltyRewardSortField)
  @IsEnum(LoyaltyRewardSortField)
  field: LoyaltyRewardSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class LoyaltyRewardListArgs {
  @Field(() => LoyaltyRewardFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: LoyaltyRewardFilter;

  @Field(() => LoyaltyRewardSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  sort?: LoyaltyRewardSort;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class LoyaltyRewardList extends ListResult(LoyaltyReward) {}
