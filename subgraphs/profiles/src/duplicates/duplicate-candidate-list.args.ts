import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { ListResult, PageInput, SortDirection } from '@wayfarer/kit';
import { DuplicateCandidate, DuplicateStatus } from './duplicate-candidate.entity';

export enum DuplicateCandidateSortField {
  SCORE = 'score',
  FOUND_AT = 'foundAt',
}
registerEnumType(DuplicateCandidateSortField, { name: 'DuplicateCandidateSortField' });

@InputType()
export class DuplicateCandidateFilter {
  @Field(() => DuplicateStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DuplicateStatus)
  status?: DuplicateStatus;

  @Field(() => Int, { nullable: true, description: 'Only pairs scoring at least this (0–100).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minScore?: number;

  @Field(() => ID, { nullable: true, description: 'Pairs that include this profile.' })
  @IsOptional()
  @IsUUID()
  profileId?: string;
}

@InputType()
export class DuplicateCandidateSort {
  @Field(() => DuplicateCandidateSortField)
  @IsEnum(DuplicateCandidateSortField)
  field: DuplicateCandidateSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection;
}

@ArgsType()
export class DuplicateCandidateListArgs {
  @Field(() => DuplicateCandidateFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: DuplicateCandidateFilter;

  @Field(() => DuplicateCandidateSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  sort?: DuplicateCandidateSort;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class DuplicateCandidateList extends ListResult(DuplicateCandidate) {}
