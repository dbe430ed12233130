import { Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsEnum, IsInt, IsISO8601, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { DateScalar } from '@wayfarer/kit';
import { MembershipContext, MembershipStatus } from './supplier-membership.entity';

/** Fields shared by add and update; on update only the fields given change, and null clears an optional one. */
@InputType()
export abstract class SupplierMembershipFieldsInput {
  @Field(() => String, { nullable: true, description: 'Checked against the programme’s numberFormat (spaces removed, letters upper-cased).' })
  @IsOptional()
  @Length(1, 40)
  number?: string;

  @Field(() => String, { nullable: true, description: 'One of the programme’s tierNames.' })
  @IsOptional()
  @Length(1, 50)
  tier?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  tierExpiresOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  expiresOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'As the supplier reports it; pointsReadOn defaults to today when points are given.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(2_000_000_000)
  points?: number | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  pointsReadOn?: string | null;

  @Field(() => MembershipContext, { nullable: true })
  @IsOptional()
  @IsEnum(MembershipContext)
  context?: MembershipContext;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Making one primary makes the traveller’s previous primary membership of the sector no longer primary.',
  })
  @IsOptional()
  @IsBoolean()
  primary?: boolean;
}

@InputType()
export class AddSupplierMembershipInput extends SupplierMembershipFieldsInput {
  @Field(() => ID)
  @IsUUID()
  profileId: string;

  @Field(() => ID)
  @IsUUID()
  programmeId: string;

  @Field()
  @Length(1, 40)
  declare number: string;
}

@InputType()
export class UpdateSupplierMembershipInput extends SupplierMembershipFieldsInput {
  @Field(() => Int, { description: 'The version this change was based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => MembershipStatus, { nullable: true, description: 'ACTIVE or SUSPENDED; closing is closeSupplierMembership.' })
  @IsOptional()
  @IsEnum(MembershipStatus)
  status?: MembershipStatus;
}
