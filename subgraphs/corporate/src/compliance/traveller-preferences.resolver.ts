import { Arg, Int, Mutation, Resolver } from 'type-graphql';
import { AuditedMutation, RequiresScopes } from '@wayfarer/kit';
import { ComplianceStatusService } from './compliance-status.service';
import { TravellerPreferencesInput } from './traveller-preferences.input';
import { CORPORATE_SCOPES } from '../corporate.scopes';

@Resolver()
export class TravellerPreferencesResolver {
  constructor(private readonly compliance: ComplianceStatusService) {}

  @Mutation(() => Int, {
    description: 'The profiles subgraph’s report of linked travellers’ business preferences, which keeps their compliance current (services only).',
  })
  @RequiresScopes([CORPORATE_SCOPES.recordTravellerPreferences])
  @AuditedMutation('Employment')
  recordTravellerPreferences(@Arg('travellers', () => [TravellerPreferencesInput]) travellers: TravellerPreferencesInput[]): Promise<number> {
    return this.compliance.recordPreferences(travellers);
  }
}
