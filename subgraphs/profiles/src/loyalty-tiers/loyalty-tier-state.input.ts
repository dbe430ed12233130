import { Field, ID, InputType } from 'type-graphql';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { LoyaltyMemberStanding } from './profile-loyalty-tier.entity';

@InputType({ description: 'A traveller’s membership of the loyalty scheme, as loyalty reports it.' })
export class LoyaltyTierStateInput {
  @Field(() => ID)
  @IsUUID('all')
  profileId: string;

  @Field(() => String, { nullable: true, description: 'ACTIVE or CLOSED; null when the traveller is not a member (never was, or was erased).' })
  @IsOptional()
  @IsIn(Object.values(LoyaltyMemberStanding))
  memberStatus?: LoyaltyMemberStanding | null;

  @Field(() => String, { nullable: true, description: 'The member’s tier code; given exactly when memberStatus is.' })
  @IsOptional()
  @Matches(/^[A-Z0-9_]{1,40}$/, { message: 'must be upper-case letters, digits or underscores' })
  tierCode?: string | null;
}
