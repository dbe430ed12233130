import { Arg, Args, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditedMutation, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { TravelPreference } from '../preferences/travel-preference.entity';
import { OfferCatalogueEntry } from './offer-catalogue-entry.entity';
import { OfferCatalogueService, OfferIndex } from './offer-catalogue.service';
import { AddOfferCatalogueEntryInput, OfferCatalogueArgs, OfferCatalogueEntryList } from './offer-catalogue.args';
import { OfferKind } from './offer-catalogue-entry.entity';
import { SupplierProgramme, SupplierSector } from './supplier-programme.reference';

const ADMIN = 'access:admin';

/** The catalogue as one lookup, read once per request however many flags are shown. */
function offerIndex(catalogue: OfferCatalogueService, context: SubgraphContext): Promise<OfferIndex> {
  return context.loaders
    .get<'offer', OfferIndex>('offerCatalogue', async (keys) => {
      const index = await catalogue.index();
      return keys.map(() => index);
    })
    .load('offer');
}

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
    return offerIndex(this.catalogue, context).then((offer) => this.catalogue.outsideOfferReason(preference, offer));
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

const OFFER_KIND: Record<SupplierSector, OfferKind> = {
  AIR: OfferKind.AIRLINE,
  HOTEL: OfferKind.HOTEL_CHAIN,
  CAR: OfferKind.CAR_HIRE,
  RAIL: OfferKind.RAIL_OPERATOR,
};

/** Loyalty's supplier programmes flagged when their owner is outside the offer (PC3), from the sector and owner code loyalty hands over. */
@Resolver(() => SupplierProgramme)
export class SupplierProgrammeOfferResolver {
  constructor(private readonly catalogue: OfferCatalogueService) {}

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the organisation sells this programme’s owner (offer catalogue); null while the catalogue lists no supplier of the sector.',
  })
  @RequiresScopes(['loyalty:read'])
  @Directive('@requires(fields: "sector ownerCode")')
  async inOffer(@Root() programme: SupplierProgramme, @Ctx() context: SubgraphContext): Promise<boolean | null> {
    const kind = OFFER_KIND[programme.sector!];
    const offer = await offerIndex(this.catalogue, context);
    return offer.kinds.has(kind) ? offer.codes.has(`${kind}:${programme.ownerCode}`) : null;
  }
}
