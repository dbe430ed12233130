import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { AuditedMutation, groupByKeys, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { DocumentItem, DocumentListService, visibleTo } from './document-list.service';
import { TravelDocumentsService } from './travel-documents.service';
import { ProfileDocument } from './profile-document';
import { Visa } from './visa.entity';
import { VaccinationCertificate } from './vaccination-certificate.entity';
import { EntryEndorsement } from './entry-endorsement.entity';
import { TravelInsurance } from './travel-insurance.entity';
import { DocumentLists } from './document-kinds';
import { SetEntryEndorsementsInput, SetNationalitiesInput, SetTravelInsuranceInput, SetVaccinationsInput, SetVisasInput } from './document.inputs';

const WRITE_DOCUMENTS = [PROFILE_SCOPES.write, PROFILE_SCOPES.writeDocuments];

@Resolver(() => Profile)
export class TravelDocumentsResolver {
  constructor(
    private readonly documents: TravelDocumentsService,
    private readonly lists: DocumentLists,
  ) {}

  /** One query per list per request, whatever the number of profiles. */
  private async load<E extends ProfileDocument>(
    list: Pick<DocumentListService<E, DocumentItem>, 'name' | 'findByProfileIds'>,
    profile: Profile,
    context: SubgraphContext,
  ): Promise<E[]> {
    const rows = await context.loaders
      .get<string, E[]>(`${list.name}ByProfile`, async (ids) => groupByKeys(ids, await this.documents.findByProfileIds(list, ids), (row) => row.profileId))
      .load(profile.id);
    return visibleTo(context.principal, rows);
  }

  @FieldResolver(() => [Visa])
  visas(@Root() profile: Profile, @Ctx() context: SubgraphContext): Promise<Visa[]> {
    return this.load(this.lists.visas, profile, context);
  }

  @FieldResolver(() => [VaccinationCertificate])
  vaccinations(@Root() profile: Profile, @Ctx() context: SubgraphContext): Promise<VaccinationCertificate[]> {
    return this.load(this.lists.vaccinations, profile, context);
  }

  @FieldResolver(() => [EntryEndorsement], { description: 'Restricted-entry endorsements.' })
  entryEndorsements(@Root() profile: Profile, @Ctx() context: SubgraphContext): Promise<EntryEndorsement[]> {
    return this.load(this.lists.entryEndorsements, profile, context);
  }

  @FieldResolver(() => [TravelInsurance])
  travelInsurance(@Root() profile: Profile, @Ctx() context: SubgraphContext): Promise<TravelInsurance[]> {
    return this.load(this.lists.travelInsurance, profile, context);
  }

  @Mutation(() => Profile, { description: 'Replaces the traveller’s nationalities.' })
  @RequiresScopes(WRITE_DOCUMENTS)
  @AuditedMutation('Profile')
  setNationalities(
    @Arg('profileId', () => ID) profileId: string,
    @Arg('input') input: SetNationalitiesInput,
    @Ctx() context: SubgraphContext,
  ): Promise<Profile> {
    return this.documents.setNationalities(profileId, input.expectedVersion, input.nationalities, context.principal);
  }

  @Mutation(() => Profile, { description: 'Replaces the traveller’s visas: keep an entry by id (omit number to keep it), omit an entry to remove it.' })
  @RequiresScopes(WRITE_DOCUMENTS)
  @AuditedMutation('Profile')
  setVisas(@Arg('profileId', () => ID) profileId: string, @Arg('input') input: SetVisasInput, @Ctx() context: SubgraphContext): Promise<Profile> {
    return this.documents.setList(this.lists.visas, 'setVisas', profileId, input.expectedVersion, input.visas, context.principal);
  }

  @Mutation(() => Profile, { description: 'Replaces the traveller’s vaccination certificates, as setVisas.' })
  @RequiresScopes(WRITE_DOCUMENTS)
  @AuditedMutation('Profile')
  setVaccinations(@Arg('profileId', () => ID) profileId: string, @Arg('input') input: SetVaccinationsInput, @Ctx() context: SubgraphContext): Promise<Profile> {
    return this.documents.setList(this.lists.vaccinations, 'setVaccinations', profileId, input.expectedVersion, input.vaccinations, context.principal);
  }

  @Mutation(() => Profile, { description: 'Replaces the traveller’s restricted-entry endorsements, as setVisas.' })
  @RequiresScopes(WRITE_DOCUMENTS)
  @AuditedMutation('Profile')
  setEntryEndorsements(
    @Arg('profileId', () => ID) profileId: string,
    @Arg('input') input: SetEntryEndorsementsInput,
    @Ctx() context: SubgraphContext,
  ): Promise<Profile> {
    return this.documents.setList(
      this.lists.entryEndorsements,
      'setEntryEndorsements',
      profileId,
      input.expectedVersion,
      input.entryEndorsements,
      context.principal,
    );
  }

  @Mutation(() => Profile, { description: 'Replaces the traveller’s travel insurance policies, as setVisas.' })
  @RequiresScopes(WRITE_DOCUMENTS)
  @AuditedMutation('Profile')
  setTravelInsurance(
    @Arg('profileId', () => ID) profileId: string,
    @Arg('input') input: SetTravelInsuranceInput,
    @Ctx() context: SubgraphContext,
  ): Promise<Profile> {
    return this.documents.setList(this.lists.travelInsurance, 'setTravelInsurance', profileId, input.expectedVersion, input.travelInsurance, context.principal);
  }
}
