import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ListResult, PageInput, SortDirection, SearchText } from '@wayfarer/kit';
import { CorporateAccount } from './corporate-account.entity';
import { AccountStatus } from './account.types';

export enum CorporateAccountSortField {
  LEGAL_NAME = 'nameKey',
  CREATED_AT = 'createdAt',
}
registerEnumType(CorporateAccountSortField, { name: 'CorporateAccountSortField' });

@InputType()
export class CorporateAccountFilter {
  @Field(() => String, { nullable: true, description: 'Start of the legal name.' })
  @IsOptional()
  @SearchText()
  search?: string;

  @Field(() => AccountStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AccountStatus)
  status?: AccountStatus;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];
}

@InputType()
export class CorporateAccountSort {
  @Field(() => CorporateAccountSortField)
  @IsEnum(CorporateAccountSortField)
  field: CorporateAccountSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class CorporateAccountListArgs {
  @Field(() => CorporateAccountFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: CorporateAccountFilter;

  @Field(() => CorporateAccountSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  sort?: CorporateAccountSort;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class CorporateAccountList extends ListResult(CorporateAccount) {}
