import { ArgsType, Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsEnum, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { ListResult, PageInput, SortDirection, SearchText } from '@wayfarer/kit';
import { OfferCatalogueEntry, OfferKind } from './offer-catalogue-entry.entity';

export enum OfferCatalogueSortField {
  CODE = 'code',
  NAME = 'name',
  CREATED_AT = 'createdAt',
}
registerEnumType(OfferCatalogueSortField, { name: 'OfferCatalogueSortField' });

@InputType()
export class OfferCatalogueFilter {
  @Field(() => OfferKind, { nullable: true })
  @IsOptional()
  @IsEnum(OfferKind)
  kind?: OfferKind;

  @Field(() => String, { nullable: true, description: 'Start of the code or the name.' })
  @IsOptional()
  @SearchText()
  search?: string;
}

@InputType()
export class OfferCatalogueSort {
  @Field(() => OfferCatalogueSortField)
  @IsEnum(OfferCatalogueSortField)
  field: OfferCatalogueSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection;
}

@ArgsType()
export class OfferCatalogueArgs {
  @Field(() => OfferCatalogueFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: OfferCatalogueFilter;

  @Field(() => OfferCatalogueSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  sort?: OfferCatalogueSort;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class OfferCatalogueEntryList extends ListResult(OfferCatalogueEntry) {}

@InputType()
export class AddOfferCatalogueEntryInput {
  @Field(() => OfferKind)
  @IsEnum(OfferKind)
  kind: OfferKind;

  @Field({ description: 'Airports: 3 letters; airlines, hotel chains, car hire firms: 2 characters; rail operators: 2 to 4.' })
  @Matches(/^[A-Za-z0-9]{2,4}$/, { message: 'must be 2 to 4 letters or digits' })
  code: string;

  @Field()
  @Length(1, 100)
  name: string;
}
