import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { AuditedMutation, groupByKeys, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { ProfileService } from '../profile/profile.service';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { ConsentRecord } from './consent-record.entity';
import { ConsentService } from './consent.service';
import { RecordConsentInput, WithdrawConsentInput } from './record-consent.input';

@Resolver(() => Profile)
export class ConsentResolver {
  constructor(
    private readonly consentService: ConsentService,
    private readonly profiles: ProfileService,
  ) {}

  private load(profile: Profile, context: SubgraphContext): Promise<ConsentRecord[]> {
    return context.loaders
      .get<string, ConsentRecord[]>('consentsByProfile', async (ids) =>
        groupByKeys(ids, await this.consentService.findByProfileIds(ids), (consent) => consent.profileId),
      )
      .load(profile.id);
  }

  @FieldResolver(() => [ConsentRecord], { description: 'Every consent record, newest first, withdrawn and replaced ones included.' })
  consents(@Root() profile: Profile, @Ctx() context: SubgraphContext): Promise<ConsentRecord[]> {
    return this.load(profile, context);
  }

  @FieldResolver(() => [String], { description: 'EMAIL, SMS, PHONE: the channels with active marketing consent, which campaigns honour.' })
  async marketingChannels(@Root() profile: Profile, @Ctx() context: SubgraphContext): Promise<string[]> {
    return this.consentService.marketingChannels(await this.load(profile, context));
  }

  @Mutation(() => Profile, { description: 'Records consent (or a refusal, or another lawful basis) for a purpose; it replaces the purpose’s active record.' })
  @RequiresScopes([PROFILE_SCOPES.write])
  @AuditedMutation('Profile')
  recordConsent(@Arg('profileId', () => ID) profileId: string, @Arg('input') input: RecordConsentInput, @Ctx() context: SubgraphContext): Promise<Profile> {
    const { principal } = context;
    const { expectedVersion, ...consent } = input;
    return this.profiles.changeVersioned(profileId, expectedVersion, principal, 'recordConsent', async (profile, manager) => {
      await this.consentService.record(manager, { profileId, principal, operation: 'recordConsent' }, profile, consent, profile.updatedAt);
    });
  }

  @Mutation(() => Profile, {
    description: 'Withdraws a consent at once; withdrawing special-category consent erases that data (needs preferences, the special-needs flag).',
  })
  @RequiresScopes([PROFILE_SCOPES.write])
  @AuditedMutation('Profile')
  withdrawConsent(@Arg('profileId', () => ID) profileId: string, @Arg('input') input: WithdrawConsentInput, @Ctx() context: SubgraphContext): Promise<Profile> {
    const { principal } = context;
    return this.profiles.changeVersioned(profileId, input.expectedVersion, principal, 'withdrawConsent', (profile, manager) =>
      this.consentService.withdraw(manager, { profileId, principal, operation: 'withdrawConsent' }, profile, input.consentId, profile.updatedAt),
    );
  }
}
