import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ListResult, PageInput, SortDirection } from '@wayfarer/kit';
import { Undertaking, UndertakingStatus } from './undertaking.entity';
import { TeamCode } from '../team-code';

export enum UndertakingSortField {
  DUE_AT = 'dueAt',
  CREATED_AT = 'createdAt',
}
registerEnumType(UndertakingSortField, { name: 'UndertakingSortField' });

@InputType()
export class UndertakingFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TeamCode()
  team?: string;

  @Field(() => UndertakingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(UndertakingStatus)
  status?: UndertakingStatus;

  @Field(() => Date, { nullable: true, description: 'Due before this time.' })
  @IsOptional()
  @IsDate()
  dueBefore?: Date;

  @Field(() => Boolean, { nullable: true, description: 'True: open and past the promised time; false: everything else.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  profileId?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];
}

@InputType()
export class UndertakingSort {
  @Field(() => UndertakingSortField)
  @IsEnum(UndertakingSortField)
  field: UndertakingSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class UndertakingListArgs {
  @Field(() => UndertakingFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: UndertakingFilter;

  @Field(() => UndertakingSort, { nullable: true, description: 'By due time, soonest first, when not given.' })
  @IsOptional()
  @ValidateNested()
  sort?: UndertakingSort;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

/** The caller's own open undertakings, soonest due first. */
@ArgsType()
export class MyUndertakingsArgs {
  @Field(() => Boolean, { nullable: true, description: 'True: only those past their promised time.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => Date, { nullable: true, description: 'Due before this time.' })
  @IsOptional()
  @IsDate()
  dueBefore?: Date;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class UndertakingList extends ListResult(Undertaking) {}
