import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ListResult, PageInput, SearchText, SortDirection } from '@wayfarer/kit';
import { __Entity__ } from './__entity_file__.entity';

export enum __Entity__SortField {
  NAME = 'nameKey',
  CREATED_AT = 'createdAt',
}
registerEnumType(__Entity__SortField, { name: '__Entity__SortField' });

@InputType()
export class __Entity__Filter {
  @Field(() => String, { nullable: true, description: 'Start of the name.' })
  @IsOptional()
  @SearchText()
  search?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];
}

@InputType()
export class __Entity__Sort {
  @Field(() => __Entity__SortField)
  @IsEnum(__Entity__SortField)
  field: __Entity__SortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class __Entity__ListArgs {
  @Field(() => __Entity__Filter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: __Entity__Filter;

  @Field(() => __Entity__Sort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  sort?: __Entity__Sort;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class __Entity__List extends ListResult(__Entity__) {}
