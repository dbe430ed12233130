import { GatewayCall, gatewayFailure, ValidationFailedError } from '@wayfarer/kit';

const EXISTING_PROFILE_IDS = 'query ExistingProfileIds($ids: [ID!]!) { existingProfileIds(ids: $ids) }';

/** What corporate asks of the profiles subgraph, through the gateway as this service. */
export class ProfilesClient {
  constructor(private readonly call: GatewayCall) {}

  /** A link names a traveller profiles knows; asked before anything is written, so the person linking hears it at once. */
  async assertTravellerExists(profileId: string, field: string): Promise<void> {
    const answer = await this.call<{ existingProfileIds: string[] }>(EXISTING_PROFILE_IDS, { ids: [profileId] });
    const failure = gatewayFailure(answer);
    if (failure) throw new Error(`profiles could not say whether traveller ${profileId} exists: ${failure}`);
    if (!answer.data?.existingProfileIds.includes(profileId)) throw ValidationFailedError.single(field, 'exists', 'is not a traveller');
  }
}
