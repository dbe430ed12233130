import { Arg, ID, Query, Resolver } from 'type-graphql';
import { DataSource } from 'typeorm';
import { RequiresScopes } from '@wayfarer/kit';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { consentStates } from './consent-rules';
import { ConsentPurpose } from './consent-record.entity';
import { ConsentState } from './consent-state.types';

@Resolver()
export class ConsentStateResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => [ConsentState], {
    description:
      'Whether each traveller’s consent for the purpose is in force, in the order asked (services only): loyalty asks before enrolling, communications before recording a call.',
  })
  @RequiresScopes([PROFILE_SCOPES.readConsentState])
  consentStates(@Arg('profileIds', () => [ID]) profileIds: string[], @Arg('purpose', () => ConsentPurpose) purpose: ConsentPurpose): Promise<ConsentState[]> {
    return consentStates(this.dataSource.manager, profileIds, purpose);
  }
}
