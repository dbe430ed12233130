import { DataSource, EntityManager } from 'typeorm';
import { GatewayCall, gatewayFailure, inTransaction } from '@wayfarer/kit';
import { SchemeConsentStateInput } from './scheme-consent-state.input';

const SCHEME_CONSENTS = 'query LoyaltySchemeConsents($profileIds: [ID!]!) { loyaltySchemeConsents(profileIds: $profileIds) { profileId inForce } }';

/** Called inside the transaction that takes profiles' report, so what it writes and the report stand or fall together. */
export type SchemeConsentWithdrawnListener = (manager: EntityManager, profileIds: string[]) => Promise<void>;

/**
 * The traveller's consent to the scheme's terms, which profiles keeps: asked of profiles through
 * the gateway as this service, and heard from profiles whenever a scheme-terms consent is recorded.
 */
export class SchemeConsentService {
  private readonly withdrawnListeners: SchemeConsentWithdrawnListener[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly call: GatewayCall,
  ) {}

  /** Whether the traveller's consent is in force now; an unknown traveller has none. */
  async inForce(profileId: string): Promise<boolean> {
    const answer = await this.call<{ loyaltySchemeConsents: { profileId: string; inForce: boolean }[] }>(SCHEME_CONSENTS, { profileIds: [profileId] });
    const failure = gatewayFailure(answer);
    if (failure) throw new Error(`profiles could not say whether traveller ${profileId} consents to the scheme: ${failure}`);
    return answer.data?.loyaltySchemeConsents.some((state) => state.profileId === profileId && state.inForce) ?? false;
  }

  /** Registers what happens to travellers whose consent is no longer in force (e.g. closing their membership). */
  onWithdrawn(listener: SchemeConsentWithdrawnListener): void {
    this.withdrawnListeners.push(listener);
  }

  /** Profiles' report; every listener hears the travellers without consent in force, in one transaction. Returns how many those are. */
  async record(states: SchemeConsentStateInput[]): Promise<number> {
    const withdrawn = [...new Set(states.filter((state) => !state.inForce).map((state) => state.profileId))];
    if (withdrawn.length) {
      await inTransaction(this.dataSource, async (manager) => {
        for (const listener of this.withdrawnListeners) await listener(manager, withdrawn);
      });
    }
    return withdrawn.length;
  }
}
