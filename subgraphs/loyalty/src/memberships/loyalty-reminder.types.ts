import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsEnum, IsISO8601, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { DateScalar, ListResult, PageInput } from '@wayfarer/kit';

export enum LoyaltyReminderKind {
  TIER_EXPIRING = 'TIER_EXPIRING',
  TIER_EXPIRED = 'TIER_EXPIRED',
  MEMBERSHIP_EXPIRING = 'MEMBERSHIP_EXPIRING',
  MEMBERSHIP_EXPIRED = 'MEMBERSHIP_EXPIRED',
}
registerEnumType(LoyaltyReminderKind, {
  name: 'LoyaltyReminderKind',
  valuesConfig: {
    TIER_EXPIRING: { description: 'An active membership whose tier ends today or later, by dueBefore: requalify or plan for the lower tier.' },
    TIER_EXPIRED: { description: 'An active membership whose recorded tier ended before today: read the new tier from the supplier.' },
    MEMBERSHIP_EXPIRING: { description: 'An active membership ending today or later, by dueBefore.' },
    MEMBERSHIP_EXPIRED: { description: 'An active membership that ended before today: renew it or close it.' },
  },
});

@InputType()
export class LoyaltyReminderFilter {
  @Field(() => LoyaltyReminderKind)
  @IsEnum(LoyaltyReminderKind)
  kind: LoyaltyReminderKind;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'EXPIRING kinds: due on or before this day (default: 90 days from today). Not used by EXPIRED kinds.',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  dueBefore?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  profileId?: string;
}

@ArgsType()
export class LoyaltyReminderListArgs {
  @Field(() => LoyaltyReminderFilter)
  @ValidateNested()
  filter: LoyaltyReminderFilter;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

/** One expiry to act on, derived from an active membership: its id is kind:membership, stable while the expiry stands. */
@ObjectType({ description: 'A tier or membership expiry to act on; EXPIRING soonest first, EXPIRED most recent first.' })
export class LoyaltyReminder {
  @Field(() => ID)
  id: string;

  @Field(() => LoyaltyReminderKind)
  kind: LoyaltyReminderKind;

  @Field(() => ID)
  profileId: string;

  @Field(() => ID)
  membershipId: string;

  @Field(() => DateScalar, { description: 'The tier’s or the membership’s last day.' })
  dueOn: string;

  @Field(() => Int, { description: 'Days from today to dueOn; negative when expired.' })
  daysLeft: number;
}

@ObjectType()
export class LoyaltyReminderList extends ListResult(LoyaltyReminder) {}

@ObjectType({ description: 'How many loyalty reminders of one kind are due, for the dashboard.' })
export class LoyaltyReminderCount {
  @Field(() => LoyaltyReminderKind)
  kind: LoyaltyReminderKind;

  @Field(() => DateScalar, { description: 'EXPIRING kinds: counted up to and including this day; EXPIRED kinds: before today.' })
  dueBy: string;

  @Field(() => Int, { description: 'Counted up to a cap (see countIsExact).' })
  count: number;

  @Field()
  countIsExact: boolean;
}
