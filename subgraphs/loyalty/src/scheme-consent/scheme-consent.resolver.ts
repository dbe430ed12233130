import { Arg, Int, Mutation, Resolver } from 'type-graphql';
import { AuditedMutation, RequiresScopes } from '@wayfarer/kit';
import { SchemeConsentService } from './scheme-consent.service';
import { SchemeConsentStateInput } from './scheme-consent-state.input';
import { LOYALTY_SCOPES } from '../loyalty.scopes';

@Resolver()
export class SchemeConsentResolver {
  constructor(private readonly schemeConsent: SchemeConsentService) {}

  @Mutation(() => Int, {
    description: 'The profiles subgraph’s report of travellers’ consent to the scheme’s terms (services only); returns how many have none in force.',
  })
  @RequiresScopes([LOYALTY_SCOPES.recordSchemeConsent])
  @AuditedMutation('Profile')
  recordLoyaltySchemeConsent(@Arg('states', () => [SchemeConsentStateInput]) states: SchemeConsentStateInput[]): Promise<number> {
    return this.schemeConsent.record(states);
  }
}
