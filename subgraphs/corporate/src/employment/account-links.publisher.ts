import { createServiceToken, NotFoundError } from '@wayfarer/kit';

const RECORD_ACCOUNT_LINKS = 'mutation RecordAccountLinks($links: [AccountLinksInput!]!) { recordAccountLinks(links: $links) }';

export interface AccountLinks {
  profileId: string;
  accountIds: string[];
}

export type AccountLinksPublisher = (links: AccountLinks[]) => Promise<void>;

/**
 * Tells the profiles subgraph, through the gateway as this service, which accounts each
 * traveller belongs to now, so it can let those accounts' partner clients read them.
 */
export function createAccountLinksPublisher(options: { gatewayUrl: string; serviceSecret: string }): AccountLinksPublisher {
  return async (links) => {
    const response = await fetch(options.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-service-token': createServiceToken('corporate', options.serviceSecret) },
      body: JSON.stringify({ query: RECORD_ACCOUNT_LINKS, variables: { links } }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json().catch(() => ({}))) as { errors?: { message: string; extensions?: { code?: string; id?: string } }[] };
    const notFound = body.errors?.find((error) => error.extensions?.code === 'NOT_FOUND');
    if (notFound) throw new NotFoundError('Profile', notFound.extensions?.id ?? links.map((link) => link.profileId).join(', '));
    if (!response.ok || body.errors?.length) {
      throw new Error(`profiles refused account links: ${response.status} ${body.errors?.map((error) => error.message).join('; ') ?? ''}`);
    }
  };
}
