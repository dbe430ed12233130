import { DataSource, EntityManager, In } from 'typeorm';
import { enqueueOutbox, GatewayCall, gatewayFailure, OutboxRefusedError, OutboxTopic } from '@wayfarer/kit';
import { LoyaltyMember } from '../members/loyalty-member.entity';

export const LOYALTY_TIERS = 'loyalty-tiers';

const RECORD_LOYALTY_TIERS = 'mutation RecordLoyaltyTiers($states: [LoyaltyTierStateInput!]!) { recordLoyaltyTiers(states: $states) }';

/** In the caller's transaction: profiles hears these travellers' membership and tier once it commits. */
export async function reportLoyaltyTiers(manager: EntityManager, profileIds: Iterable<string | null>): Promise<void> {
  await enqueueOutbox(
    manager,
    LOYALTY_TIERS,
    [...profileIds].filter((id): id is string => id !== null),
  );
}

/**
 * Each traveller's membership and tier as they are when sent, for profiles' loyalty segments; a
 * traveller with no member row (never enrolled, or erased: the row no longer names them) is none.
 */
export function loyaltyTiersTopic(dataSource: DataSource, call: GatewayCall): OutboxTopic {
  return {
    name: LOYALTY_TIERS,
    async send(profileIds) {
      const members = await dataSource
        .getRepository(LoyaltyMember)
        .find({ where: { profileId: In(profileIds) }, select: { profileId: true, status: true, tierCode: true } });
      const states = profileIds.map((profileId) => {
        const member = members.find((candidate) => candidate.profileId === profileId);
        return { profileId, memberStatus: member?.status ?? null, tierCode: member?.tierCode ?? null };
      });
      const answer = await call(RECORD_LOYALTY_TIERS, { states });
      const notFound = answer.errors?.find((error) => error.extensions?.code === 'NOT_FOUND');
      if (notFound) throw new OutboxRefusedError(String(notFound.extensions?.id), notFound.message);
      const failure = gatewayFailure(answer);
      if (failure) throw new Error(`profiles refused loyalty tiers: ${failure}`);
    },
  };
}
