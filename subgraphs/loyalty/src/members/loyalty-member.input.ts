import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { ListResult, PageInput, SortDirection } from '@wayfarer/kit';
import { LoyaltyMember, LoyaltyMemberStatus } from './loyalty-member.entity';
import { LedgerEntry } from '../ledger/ledger-entry.entity';

@InputType()
export class EnrolLoyaltyMemberInput {
  @Field(() => ID, { description: 'The traveller, who must have consented to the scheme’s terms.' })
  @IsUUID('all')
  profileId: string;
}

export enum LoyaltyMemberSortField {
  ENROLLED_AT = 'enrolledAt',
  AVAILABLE_POINTS = 'availablePoints',
}
registerEnumType(LoyaltyMemberSortField, { name: 'LoyaltyMemberSortField' });

@InputType()
export class LoyaltyMemberFilter {
  @Field(() => String, { nullable: true, description: 'A tier code.' })
  @IsOptional()
  @Matches(/^[A-Z0-9_]{1,40}$/, { message: 'must be a tier code' })
  tier?: string;

  @Field(() => LoyaltyMemberStatus, { nullable: true })
  @IsOptional()
  @IsEnum(LoyaltyMemberStatus)
  status?: LoyaltyMemberStatus;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  profileIds?: string[];
}

@InputType()
export class LoyaltyMemberSort {
  @Field(() => LoyaltyMemberSortField)
  @IsEnum(LoyaltyMemberSortField)
  field: LoyaltyMemberSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.DESC;
}

@ArgsType()
export class LoyaltyMemberListArgs {
  @Field(() => LoyaltyMemberFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: LoyaltyMemberFilter;

  @Field(() => LoyaltyMemberSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  sort?: LoyaltyMemberSort;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class LoyaltyMemberList extends ListResult(LoyaltyMember) {}

@ObjectType()
export class LoyaltyLedgerEntryList extends ListResult(LedgerEntry) {}

@ObjectType({ description: 'A tier of the scheme, as the rules in force today name it.' })
export class LoyaltyTier {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => Int)
  qualifyingPoints: number;

  @Field(() => Int, { nullable: true })
  qualifyingTrips: number | null;
}
