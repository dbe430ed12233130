import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditedMutation, byKeys, encryptedNumberResolver, PartnerReach, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { LoyaltyAccountLink } from '../reach/loyalty-account-link.entity';
import { LOYALTY_SCOPES } from '../loyalty.scopes';
import { Profile } from '../profile/profile.reference';
import { SupplierProgramme } from '../supplier-programmes/supplier-programme.entity';
import { SupplierProgrammeResolver } from '../supplier-programmes/supplier-programme.resolver';
import { SupplierMembership } from './supplier-membership.entity';
import { SupplierMembershipService } from './supplier-membership.service';
import { SupplierMembershipList, SupplierMembershipListArgs } from './supplier-membership-list.args';
import { AddSupplierMembershipInput, UpdateSupplierMembershipInput } from './supplier-membership.input';

export const SupplierMembershipNumberResolver = encryptedNumberResolver(SupplierMembership, {
  masked: 'The membership number’s last characters only; readable by everyone who may read the membership.',
  full: 'The full membership number; needs loyalty.numbers:read, and every read is audited.',
  revealScope: LOYALTY_SCOPES.readNumbers,
});

@Resolver(() => SupplierMembership)
export class SupplierMembershipResolver {
  constructor(
    private readonly service: SupplierMembershipService,
    private readonly programmes: SupplierProgrammeResolver,
    private readonly reach: PartnerReach<LoyaltyAccountLink>,
  ) {}

  /**
   * The one way a membership is fetched by id (queries, entity references, reminders), batched per request, as the caller
   * may see it: a partner is refused one of a traveller outside its accounts, and never sees a leisure one.
   */
  async load(id: string, context: SubgraphContext): Promise<SupplierMembership | null> {
    const membership = await context.loaders
      .get<string, SupplierMembership | null>('supplierMembershipById', async (ids) =>
        byKeys(ids, await this.service.findByIds(ids, context.principal), (row) => row.id),
      )
      .load(id);
    if (membership) await this.reach.assertMayRead([membership.profileId], context);
    return membership;
  }

  @Query(() => SupplierMembershipList)
  @RequiresScopes([LOYALTY_SCOPES.read])
  async supplierMemberships(@Args() args: SupplierMembershipListArgs, @Ctx() context: SubgraphContext): Promise<SupplierMembershipList> {
    return SupplierMembershipList.of(await this.service.list(args, context.principal));
  }

  @Query(() => SupplierMembership, { nullable: true })
  @RequiresScopes([LOYALTY_SCOPES.read])
  supplierMembership(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<SupplierMembership | null> {
    return this.load(id, context);
  }

  @FieldResolver(() => Profile, { description: 'The traveller.' })
  profile(@Root() membership: SupplierMembership): Profile {
    return { id: membership.profileId };
  }

  @FieldResolver(() => SupplierProgramme)
  async programme(@Root() membership: SupplierMembership, @Ctx() context: SubgraphContext): Promise<SupplierProgramme> {
    return (await this.programmes.load(membership.programmeId, context))!;
  }

  @FieldResolver(() => String, { description: 'The programme owner’s code (see SupplierProgramme.ownerCode).' })
  async ownerCode(@Root() membership: SupplierMembership, @Ctx() context: SubgraphContext): Promise<string> {
    return (await this.programmes.load(membership.programmeId, context))!.ownerCode;
  }

  @FieldResolver(() => [SupplierMembership], {
    description:
      'Other travellers’ memberships of the same programme with the same number (found by keyed hash): likely duplicate profiles, or a number recorded against the wrong traveller.',
  })
  sharedWith(@Root() membership: SupplierMembership, @Ctx() context: SubgraphContext): Promise<SupplierMembership[]> {
    return context.loaders
      .get<SupplierMembership, SupplierMembership[]>('supplierMembershipsSharing', (memberships) => this.service.sharing(memberships, context.principal))
      .load(membership);
  }

  @Mutation(() => SupplierMembership)
  @RequiresScopes([LOYALTY_SCOPES.write])
  @AuditedMutation('SupplierMembership')
  addSupplierMembership(
    @Arg('input', () => AddSupplierMembershipInput) input: AddSupplierMembershipInput,
    @Ctx() context: SubgraphContext,
  ): Promise<SupplierMembership> {
    return this.service.add(input, context.principal);
  }

  @Mutation(() => SupplierMembership)
  @RequiresScopes([LOYALTY_SCOPES.write])
  @AuditedMutation('SupplierMembership')
  updateSupplierMembership(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateSupplierMembershipInput) input: UpdateSupplierMembershipInput,
    @Ctx() context: SubgraphContext,
  ): Promise<SupplierMembership> {
    return this.service.update(id, input, context.principal);
  }

  @Mutation(() => SupplierMembership, { description: 'Closes a membership; it stays on file with its number, no longer primary.' })
  @RequiresScopes([LOYALTY_SCOPES.write])
  @AuditedMutation('SupplierMembership')
  closeSupplierMembership(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() context: SubgraphContext,
  ): Promise<SupplierMembership> {
    return this.service.close(id, expectedVersion, context.principal);
  }
}

/** `Profile.supplierMemberships`: every traveller of a plan step in one statement. */
@Resolver(() => Profile)
export class ProfileSupplierMembershipsResolver {
  constructor(
    private readonly service: SupplierMembershipService,
    private readonly reach: PartnerReach<LoyaltyAccountLink>,
  ) {}

  @FieldResolver(() => [SupplierMembership], { nullable: true, description: 'The traveller’s supplier memberships, primary ones first, closed ones included.' })
  @RequiresScopes([LOYALTY_SCOPES.read])
  async supplierMemberships(@Root() profile: Profile, @Ctx() context: SubgraphContext): Promise<SupplierMembership[]> {
    await this.reach.assertMayRead([profile.id], context);
    return context.loaders
      .get<string, SupplierMembership[]>('supplierMembershipsByProfile', async (ids) => {
        const rows = await this.service.ofProfiles(ids, context.principal);
        return ids.map((id) => rows.filter((row) => row.profileId === id));
      })
      .load(profile.id);
  }
}
