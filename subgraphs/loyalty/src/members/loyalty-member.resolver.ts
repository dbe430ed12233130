import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditedMutation, byKeys, PageInput, PartnerReach, partnerReadRefusal, RequiresScopes, SubgraphContext, utcToday } from '@wayfarer/kit';
import { LoyaltyMember } from './loyalty-member.entity';
import { TierChange } from './tier-change.entity';
import { LoyaltyMemberService, MemberStanding } from './loyalty-member.service';
import { EnrolLoyaltyMemberInput, LoyaltyLedgerEntryList, LoyaltyMemberList, LoyaltyMemberListArgs, LoyaltyTier } from './loyalty-member.input';
import { Profile } from '../profile/profile.reference';
import { LoyaltySchemeResolver } from '../scheme/loyalty-scheme.resolver';
import { LoyaltySchemeRules, LoyaltySchemeTier } from '../scheme/scheme-rules.types';
import { addMonths, daysBetween, Qualifying, versionOn } from '../scheme/scheme-rules';
import { LOYALTY_SCOPES } from '../loyalty.scopes';
import { LoyaltyAccountLink } from '../reach/loyalty-account-link.entity';

const READERS = [[LOYALTY_SCOPES.read], [LOYALTY_SCOPES.earn]];
const asTier = (tier: LoyaltySchemeTier): LoyaltyTier => ({
  code: tier.code,
  name: tier.name,
  qualifyingPoints: tier.qualifyingPoints,
  qualifyingTrips: tier.qualifyingTrips ?? null,
});

@Resolver(() => LoyaltyMember)
export class LoyaltyMemberResolver {
  constructor(
    private readonly members: LoyaltyMemberService,
    private readonly schemes: LoyaltySchemeResolver,
    private readonly reach: PartnerReach<LoyaltyAccountLink>,
  ) {}

  /** The one way a member is fetched by id (queries and entity references), batched per request. */
  load(id: string, context: SubgraphContext): Promise<LoyaltyMember | null> {
    return context.loaders
      .get<string, LoyaltyMember | null>('loyaltyMemberById', async (ids) => byKeys(ids, await this.members.findByIds(ids), (member) => member.id))
      .load(id);
  }

  /** A partner reads a member only while the traveller is linked to one of its accounts (an erased member never). */
  @Query(() => LoyaltyMember, { nullable: true })
  @RequiresScopes(...READERS)
  async loyaltyMember(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<LoyaltyMember | null> {
    const member = await this.load(id, context);
    if (member?.profileId) await this.reach.assertMayRead([member.profileId], context);
    else if (context.principal.kind === 'partner') throw partnerReadRefusal();
    return member;
  }

  @Query(() => LoyaltyMemberList, { description: 'Partners see their own accounts’ travellers only.' })
  @RequiresScopes(...READERS)
  async loyaltyMembers(@Args() args: LoyaltyMemberListArgs, @Ctx() context: SubgraphContext): Promise<LoyaltyMemberList> {
    await this.reach.assertMayName(args.filter?.profileIds ?? [], context.principal);
    return LoyaltyMemberList.of(await this.members.list(args, (qb) => this.reach.limitList(qb, 'member.profile_id', context.principal)));
  }

  @Mutation(() => LoyaltyMember, { description: 'Refused unless the traveller has consented to the scheme’s terms; a closed membership opens again.' })
  @RequiresScopes([LOYALTY_SCOPES.write])
  @AuditedMutation('LoyaltyMember')
  enrolLoyaltyMember(@Arg('input', () => EnrolLoyaltyMemberInput) input: EnrolLoyaltyMemberInput, @Ctx() context: SubgraphContext): Promise<LoyaltyMember> {
    return this.members.enrol(input.profileId, (manager) => this.reach.assertMayWrite(manager, input.profileId, context.principal));
  }

  private async rulesToday(context: SubgraphContext): Promise<LoyaltySchemeRules | null> {
    return versionOn(await this.schemes.versions(context), utcToday())?.rules ?? null;
  }

  /** Qualifying totals and next month's expiry, for every member in the request at once. */
  private standing(member: LoyaltyMember, context: SubgraphContext): Promise<MemberStanding> {
    return context.loaders
      .get<string, MemberStanding>('loyaltyMemberStanding', async (ids) => {
        const today = utcToday();
        const standings = await this.members.standings(ids, today, addMonths(today, 1));
        return ids.map((id) => standings.get(id) ?? { qualifying: { points: 0, trips: 0 }, expiring: 0 });
      })
      .load(member.id);
  }

  private async qualifying(member: LoyaltyMember, context: SubgraphContext): Promise<Qualifying> {
    return (await this.standing(member, context)).qualifying;
  }

  /** The member's tier and the one above it under today's rules, with their index. */
  private async tiers(member: LoyaltyMember, context: SubgraphContext): Promise<{ current: LoyaltySchemeTier | null; next: LoyaltySchemeTier | null }> {
    const tiers = (await this.rulesToday(context))?.tiers ?? [];
    const index = tiers.findIndex((tier) => tier.code === member.tierCode);
    return { current: tiers[index] ?? null, next: index >= 0 ? (tiers[index + 1] ?? null) : null };
  }

  @FieldResolver(() => Profile, { nullable: true, description: 'Null once the traveller is erased.' })
  profile(@Root() member: LoyaltyMember): Profile | null {
    return member.profileId ? { id: member.profileId } : null;
  }

  @FieldResolver(() => LoyaltyTier)
  async tier(@Root() member: LoyaltyMember, @Ctx() context: SubgraphContext): Promise<LoyaltyTier> {
    const { current } = await this.tiers(member, context);
    return current ? asTier(current) : { code: member.tierCode, name: member.tierCode, qualifyingPoints: 0, qualifyingTrips: null };
  }

  @FieldResolver(() => LoyaltyTier, { nullable: true, description: 'Null at the top tier.' })
  async nextTier(@Root() member: LoyaltyMember, @Ctx() context: SubgraphContext): Promise<LoyaltyTier | null> {
    const { next } = await this.tiers(member, context);
    return next ? asTier(next) : null;
  }

  @FieldResolver(() => Int, { description: 'Qualifying points in the rolling 12-month window (this month and the eleven before).' })
  async qualifyingPoints(@Root() member: LoyaltyMember, @Ctx() context: SubgraphContext): Promise<number> {
    return (await this.qualifying(member, context)).points;
  }

  @FieldResolver(() => Int, { description: 'Trips travelled in the rolling 12-month window.' })
  async qualifyingTrips(@Root() member: LoyaltyMember, @Ctx() context: SubgraphContext): Promise<number> {
    return (await this.qualifying(member, context)).trips;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Qualifying points still needed for the next tier; null at the top.' })
  async pointsToNextTier(@Root() member: LoyaltyMember, @Ctx() context: SubgraphContext): Promise<number | null> {
    const { next } = await this.tiers(member, context);
    return next ? Math.max(0, next.qualifyingPoints - (await this.qualifying(member, context)).points) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Trips still needed for the next tier; null at the top or when it has no trip threshold.' })
  async tripsToNextTier(@Root() member: LoyaltyMember, @Ctx() context: SubgraphContext): Promise<number | null> {
    const { next } = await this.tiers(member, context);
    return next?.qualifyingTrips ? Math.max(0, next.qualifyingTrips - (await this.qualifying(member, context)).trips) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Days until the tier period ends, when the tier must be retained; null in the entry tier.' })
  async daysUntilTierRetention(@Root() member: LoyaltyMember, @Ctx() context: SubgraphContext): Promise<number | null> {
    const { current } = await this.tiers(member, context);
    const entry = (await this.rulesToday(context))?.tiers[0];
    return current && current !== entry ? Math.max(0, daysBetween(utcToday(), member.tierPeriodEndsOn)) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Qualifying points still needed to retain the tier; null in the entry tier.' })
  async pointsToRetainTier(@Root() member: LoyaltyMember, @Ctx() context: SubgraphContext): Promise<number | null> {
    const { current } = await this.tiers(member, context);
    const entry = (await this.rulesToday(context))?.tiers[0];
    return current && current !== entry ? Math.max(0, current.retentionPoints - (await this.qualifying(member, context)).points) : null;
  }

  @FieldResolver(() => Int, { description: 'Available points that expire within the coming month.' })
  async pointsExpiringNextMonth(@Root() member: LoyaltyMember, @Ctx() context: SubgraphContext): Promise<number> {
    return (await this.standing(member, context)).expiring;
  }

  @FieldResolver(() => LoyaltyLedgerEntryList, { description: 'Ledger entries, newest first; walk on with page.after at any depth.' })
  async statement(
    @Root() member: LoyaltyMember,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
  ): Promise<LoyaltyLedgerEntryList> {
    return LoyaltyLedgerEntryList.of(await this.members.statement(member.id, page ?? { limit: 25 }));
  }

  @FieldResolver(() => [TierChange], { description: 'Tier changes, newest first.' })
  tierHistory(@Root() member: LoyaltyMember, @Ctx() context: SubgraphContext): Promise<TierChange[]> {
    return context.loaders
      .get<string, TierChange[]>('loyaltyTierHistory', async (ids) => {
        const changes = await this.members.tierHistories(ids);
        return ids.map((id) => changes.filter((change) => change.memberId === id));
      })
      .load(member.id);
  }
}

@Resolver(() => Profile)
export class ProfileLoyaltyMemberResolver {
  constructor(
    private readonly members: LoyaltyMemberService,
    private readonly reach: PartnerReach<LoyaltyAccountLink>,
  ) {}

  @FieldResolver(() => LoyaltyMember, { nullable: true, description: 'The traveller’s membership of our scheme; null when never enrolled.' })
  @RequiresScopes(...READERS)
  async loyaltyMember(@Root() profile: Profile, @Ctx() context: SubgraphContext): Promise<LoyaltyMember | null> {
    await this.reach.assertMayRead([profile.id], context);
    return context.loaders
      .get<string, LoyaltyMember | null>('loyaltyMemberByProfile', async (profileIds) =>
        byKeys(profileIds, await this.members.findByProfileIds(profileIds), (member) => member.profileId!),
      )
      .load(profile.id);
  }
}
