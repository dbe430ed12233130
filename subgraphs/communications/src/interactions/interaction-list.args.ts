import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ListResult, PageInput, SearchText, SortDirection } from '@wayfarer/kit';
import { Interaction } from './interaction.entity';

export enum InteractionSortField {
  NAME = 'nameKey',
  CREATED_AT = 'createdAt',
}
registerEnumType(InteractionSortField, { name: 'InteractionSortField' });

@InputType()
export class InteractionFilter {
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
export class InteractionSort {
  @Field(() => InteractionSortField)
  @IsEnum(InteractionSortField)
  field: InteractionSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class InteractionListArgs {
  @Field(() => InteractionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: InteractionFilter;

  @Field(() => InteractionSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  sort?: InteractionSort;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class InteractionList extends ListResult(Interaction) {}
