import { DataSource, EntityManager, In } from 'typeorm';
import { enqueueOutbox, GatewayCall, gatewayFailure, OutboxRefusedError, OutboxTopic } from '@wayfarer/kit';
import { Employment } from './employment.entity';
import { isLive, today } from './link-dates';

/**
 * The subgraphs that let partner clients reach an account's travellers, each told on its own
 * topic so one being down never holds back the other.
 */
const RECEIVERS = [
  { topic: 'account-links', subgraph: 'profiles', mutation: 'recordAccountLinks' },
  { topic: 'loyalty-account-links', subgraph: 'loyalty', mutation: 'recordLoyaltyAccountLinks' },
] as const;

/** In the caller's transaction: every receiver hears these travellers' links once it commits. */
export async function reportAccountLinks(manager: EntityManager, profileIds: Iterable<string>): Promise<void> {
  const ids = [...profileIds];
  for (const { topic } of RECEIVERS) await enqueueOutbox(manager, topic, ids);
}

/**
 * Each traveller's live links as they are when sent (links made or ended, and links whose last
 * day has passed), with their days: each receiver judges a link against the day a partner asks.
 */
export function accountLinksTopics(dataSource: DataSource, call: GatewayCall): OutboxTopic[] {
  return RECEIVERS.map(({ topic, subgraph, mutation }) => ({
    name: topic,
    async send(profileIds) {
      const on = today();
      const live = (await dataSource.getRepository(Employment).find({ where: { profileId: In(profileIds) } })).filter((employment) => isLive(employment, on));
      const links = profileIds.map((profileId) => ({
        profileId,
        accounts: live
          .filter((employment) => employment.profileId === profileId)
          .map(({ accountId, validFrom, validTo }) => ({ accountId, validFrom, validTo })),
      }));
      const answer = await call(`mutation RecordAccountLinks($links: [AccountLinksInput!]!) { ${mutation}(links: $links) }`, { links });
      const notFound = answer.errors?.find((error) => error.extensions?.code === 'NOT_FOUND');
      if (notFound) throw new OutboxRefusedError(String(notFound.extensions?.id), notFound.message);
      const failure = gatewayFailure(answer);
      if (failure) throw new Error(`${subgraph} refused account links: ${failure}`);
    },
  }));
}
