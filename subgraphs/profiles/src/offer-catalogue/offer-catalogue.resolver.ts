import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditedMutation, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { TravelPreference } from '../preferences/travel-preference.entity';
import { OfferCatalogueEntry } from './offer-catalogue-entry.entity';
import { OfferCatalogueService, OfferIndex } from './offer-catalogue.service';
import { AddOfferCatalogueEntryInput, OfferCatalogueArgs, OfferCatalogueEntryList } from './offer-catalogue.args';

const ADMIN = 'access:admin';

@Resolver(() => OfferCatalogueEntry)
export class OfferCatalogueResolver {
  constructor(private readonly catalogue: OfferCatalogueService) {}

  @Query(() => OfferCatalogueEntryList, {
    description: 'The airlines, hotel chains, car hire firms, rail operators and departure airports the organisation sells.',
  })
  @RequiresScopes([PROFILE_SCOPES.read], [ADMIN])
  async offerCatalogue(@Args() args: OfferCatalogueArgs): Promise<OfferCatalogueEntryList> {
    return OfferCatalogueEntryList.of(await this.catalogue.list(args));
  }

  @Mutation(() => OfferCatalogueEntry)
  @RequiresScopes([ADMIN])
  @AuditedMutation('OfferCatalogueEntry')
  addOfferCatalogueEntry(@Arg('input') input: AddOfferCatalogueEntryInput): Promise<OfferCatalogueEntry> {
    return this.catalogue.add(input);
  }

  @Mutation(() => OfferCatalogueEntry)
  @RequiresScopes([ADMIN])
  @AuditedMutation('OfferCatalogueEntry')
  removeOfferCatalogueEntry(@Arg('id', () => ID) id: string): Promise<OfferCatalogueEntry> {
    return this.catalogue.remove(id);
  }
}

/** The offer flags of a preference: the catalogue is read once per request, however many preferences are shown. */
@Resolver(() => TravelPreference)
export class OfferFlagResolver {
  constructor(private readonly catalogue: OfferCatalogueService) {}

  private reason(preference: TravelPreference, context: SubgraphContext): Promise<string | null> {
    return context.loaders
      .get<'offer', OfferIndex>('offerCatalogue', async (keys) => {
        const index = await this.catalogue.index();
        return keys.map(() => index);
      })
      .load('offer')
      .then((offer) => this.catalogue.outsideOfferReason(preference, offer));
  }

  @FieldResolver(() => Boolean, { description: 'True when the preference is for a supplier or airport outside the organisation’s offer.' })
  async outsideOffer(@Root() preference: TravelPreference, @Ctx() context: SubgraphContext): Promise<boolean> {
    return (await this.reason(preference, context)) !== null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why it is outside the offer, in words.' })
  outsideOfferReason(@Root() preference: TravelPreference, @Ctx() context: SubgraphContext): Promise<string | null> {
    return this.reason(preference, context);
  }
}
