import { GatewayCall, gatewayFailure } from '@wayfarer/kit';

const TRAVELLERS_WITH_EMAIL = 'query TravellersWithEmail($address: String!) { travellersWithEmail(address: $address) }';

/** Profiles holds travellers' e-mail addresses: captured mail asks it, through the gateway as this service, whose sender it is. */
export class EmailSenders {
  constructor(private readonly call: GatewayCall) {}

  async travellers(address: string): Promise<string[]> {
    const answer = await this.call<{ travellersWithEmail: string[] }>(TRAVELLERS_WITH_EMAIL, { address });
    // An address profiles will not take as one matches nobody: the message waits in triage.
    if (answer.errors?.some((error) => error.extensions?.code === 'BAD_USER_INPUT')) return [];
    const failure = gatewayFailure(answer);
    if (failure || !answer.data) throw new Error(`profiles could not match the sender: ${failure ?? 'no data'}`);
    return answer.data.travellersWithEmail;
  }
}
