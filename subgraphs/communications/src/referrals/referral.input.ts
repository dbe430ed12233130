import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { ListResult, PageInput } from '@wayfarer/kit';
import { Referral, ReferralStatus } from './referral.entity';
import { TeamCode } from '../team-code';

@InputType({ description: 'Refer to a colleague (toStaffId) or to a team (toTeam): exactly one.' })
export class ReferConversationInput {
  @Field(() => ID)
  @IsUUID('all')
  conversationId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  toStaffId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TeamCode()
  toTeam?: string;

  @Field({ description: 'The reason given to the customer.' })
  @Length(1, 1000)
  reasonGiven: string;
}

@InputType()
export class ReferralChangeInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType()
export class ReferralFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  toStaffId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TeamCode()
  team?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  conversationId?: string;

  @Field(() => ReferralStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ReferralStatus)
  status?: ReferralStatus;
}

@ArgsType()
export class ReferralListArgs {
  @Field(() => ReferralFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ReferralFilter;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ArgsType()
export class MyReferralsArgs {
  @Field(() => ReferralStatus, { nullable: true, description: 'OPEN and ACCEPTED when not given.' })
  @IsOptional()
  @IsEnum(ReferralStatus)
  status?: ReferralStatus;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class ReferralList extends ListResult(Referral) {}
