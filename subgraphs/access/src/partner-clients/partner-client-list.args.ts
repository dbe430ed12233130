import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ListResult, SortDirection, SearchText } from '@wayfarer/kit';
import { PartnerClient } from './partner-client.entity';

@InputType()
export class PartnerClientFilter {
  @Field(() => String, { nullable: true, description: 'Start of the name.' })
  @IsOptional()
  @SearchText(200)
  search?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  revoked?: boolean;
}

export enum PartnerClientSortField {
  NAME = 'name',
  CREATED_AT = 'createdAt',
}
registerEnumType(PartnerClientSortField, { name: 'PartnerClientSortField' });

@InputType()
export class PartnerClientSort {
  @Field(() => PartnerClientSortField)
  @IsEnum(PartnerClientSortField)
  field: PartnerClientSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ObjectType()
export class PartnerClientList extends ListResult(PartnerClient) {}
