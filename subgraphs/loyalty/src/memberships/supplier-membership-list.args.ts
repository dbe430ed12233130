import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsISO8601, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { DateScalar, ListResult, PageInput, SortDirection } from '@wayfarer/kit';
import { SupplierSector } from '../supplier-programmes/supplier-programme.entity';
import { MembershipStatus, SupplierMembership } from './supplier-membership.entity';

export enum SupplierMembershipSortField {
  CREATED_AT = 'createdAt',
}
registerEnumType(SupplierMembershipSortField, { name: 'SupplierMembershipSortField' });

@InputType()
export class SupplierMembershipFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  profileId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @Field(() => SupplierSector, { nullable: true })
  @IsOptional()
  @IsEnum(SupplierSector)
  sector?: SupplierSector;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50)
  tier?: string;

  @Field(() => MembershipStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MembershipStatus)
  status?: MembershipStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Memberships whose expiresOn is on or before this day.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  expiringBefore?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The exact membership number of programmeId (given with it), matched by keyed hash; needs loyalty.numbers:read.',
  })
  @IsOptional()
  @Length(1, 40)
  number?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];
}

@InputType()
export class SupplierMembershipSort {
  @Field(() => SupplierMembershipSortField)
  @IsEnum(SupplierMembershipSortField)
  field: SupplierMembershipSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class SupplierMembershipListArgs {
  @Field(() => SupplierMembershipFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: SupplierMembershipFilter;

  @Field(() => SupplierMembershipSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  sort?: SupplierMembershipSort;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class SupplierMembershipList extends ListResult(SupplierMembership) {}
