import { Arg, ID, Query, Resolver } from 'type-graphql';
import { DataSource } from 'typeorm';
import { RequiresScopes } from '@wayfarer/kit';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { schemeConsentStates } from './consent-rules';
import { SchemeConsentState } from './scheme-consent.types';

@Resolver()
export class SchemeConsentResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => [SchemeConsentState], {
    description:
      'Whether each traveller’s consent to the loyalty scheme’s terms is in force, in the order asked (services only): loyalty asks before enrolling.',
  })
  @RequiresScopes([PROFILE_SCOPES.readSchemeConsent])
  loyaltySchemeConsents(@Arg('profileIds', () => [ID]) profileIds: string[]): Promise<SchemeConsentState[]> {
    return schemeConsentStates(this.dataSource.manager, profileIds);
  }
}
