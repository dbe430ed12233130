import { GatewayCall, gatewayFailure, OutboxRefusedError, ValidationFailedError } from '@wayfarer/kit';

const EXISTING_PROFILE_IDS = 'query ExistingProfileIds($ids: [ID!]!) { existingProfileIds(ids: $ids) }';
const RECORD_ACCOUNT_LINKS = 'mutation RecordAccountLinks($links: [AccountLinksInput!]!) { recordAccountLinks(links: $links) }';

export interface AccountLinks {
  profileId: string;
  accounts: { accountId: string; validFrom: string; validTo: string | null }[];
}

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

  /** Which accounts each traveller belongs to, now or later, so profiles lets those accounts' partner clients read them while each link is in force. */
  async recordAccountLinks(links: AccountLinks[]): Promise<void> {
    const answer = await this.call(RECORD_ACCOUNT_LINKS, { links });
    const notFound = answer.errors?.find((error) => error.extensions?.code === 'NOT_FOUND');
    if (notFound) throw new OutboxRefusedError(String(notFound.extensions?.id), notFound.message);
    const failure = gatewayFailure(answer);
    if (failure) throw new Error(`profiles refused account links: ${failure}`);
  }
}
