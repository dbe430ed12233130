import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DateScalar, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { LOYALTY_SCOPES } from '../loyalty.scopes';
import { Profile } from '../profile/profile.reference';
import { SupplierMembership } from './supplier-membership.entity';
import { SupplierMembershipResolver } from './supplier-membership.resolver';
import { LoyaltyRemindersService, REMINDER_COUNT_CAP } from './loyalty-reminders.service';
import { LoyaltyReminder, LoyaltyReminderCount, LoyaltyReminderKind, LoyaltyReminderList, LoyaltyReminderListArgs } from './loyalty-reminder.types';

@Resolver(() => LoyaltyReminder)
export class LoyaltyRemindersResolver {
  constructor(
    private readonly service: LoyaltyRemindersService,
    private readonly memberships: SupplierMembershipResolver,
  ) {}

  @Query(() => LoyaltyReminderList, {
    description: 'Tier or membership expiries of one kind, as profiles’ reminders: expiring soonest first, expired most recent first.',
  })
  @RequiresScopes([LOYALTY_SCOPES.read])
  async loyaltyReminders(@Args() args: LoyaltyReminderListArgs, @Ctx() context: SubgraphContext): Promise<LoyaltyReminderList> {
    const { kind, dueBefore, profileId } = args.filter;
    return LoyaltyReminderList.of(await this.service.list(kind, dueBefore, args.page ?? { limit: 25 }, context.principal, profileId));
  }

  @Query(() => [LoyaltyReminderCount], { description: 'Loyalty reminders due per kind, for the dashboard’s cards.' })
  @RequiresScopes([LOYALTY_SCOPES.read])
  async loyaltyReminderCounts(
    @Arg('dueBefore', () => DateScalar, { nullable: true, description: 'EXPIRING kinds: default 90 days from today.' }) dueBefore: string | undefined,
    @Ctx() context: SubgraphContext,
  ): Promise<LoyaltyReminderCount[]> {
    return Promise.all(
      Object.values(LoyaltyReminderKind).map(async (kind) => {
        const count = await (await this.service.list(kind, dueBefore ?? undefined, { limit: 1 }, context.principal)).countTotal();
        return {
          kind,
          dueBy: this.service.dueBy(kind, dueBefore ?? undefined),
          count: Math.min(count, REMINDER_COUNT_CAP),
          countIsExact: count <= REMINDER_COUNT_CAP,
        };
      }),
    );
  }

  @FieldResolver(() => Profile)
  profile(@Root() reminder: LoyaltyReminder): Profile {
    return { id: reminder.profileId };
  }

  @FieldResolver(() => SupplierMembership, { nullable: true })
  membership(@Root() reminder: LoyaltyReminder, @Ctx() context: SubgraphContext): Promise<SupplierMembership | null> {
    return this.memberships.load(reminder.membershipId, context);
  }
}
