import { EntityManager } from 'typeorm';
import { bulkInsert, uuid7 } from '@wayfarer/kit';
import { LedgerEntry, LedgerEntryKind } from './ledger-entry.entity';
import { LotState, PointsLot } from './points-lot.entity';
import { LoyaltyMember } from '../members/loyalty-member.entity';
import { changeManyBalances } from '../members/balance';

/** Who posts the entries the tasks write, and the expiries of points credited behind a member's expiry mark. */
export const LEDGER_TASKS_PRINCIPAL = 'loyalty-upkeep';

type ExpiryMark = Pick<LoyaltyMember, 'lotsExpiredThrough'>;

/** Whether an open lot has expired: its date is on or before its member's expiry mark. */
export const isPastMark = (lot: Pick<PointsLot, 'expiresOn'>, member: ExpiryMark): boolean => lot.expiresOn <= member.lotsExpiredThrough;

/** A lot as it stands: an open lot past its member's expiry mark is closed, what remained of it expired. */
export function lotAsOf(lot: PointsLot, member: ExpiryMark): PointsLot {
  if (lot.state !== LotState.OPEN || !isPastMark(lot, member)) return lot;
  return { ...lot, state: LotState.CLOSED, expired: lot.expired + lot.remaining, remaining: 0 };
}

/**
 * Points that expired, per member (all of them locked): one EXPIRE entry each for the sum, and the
 * balances moved from available to expired in the same statements as `also`.
 */
export async function postExpiries(
  manager: EntityManager,
  expiring: ReadonlyMap<string, number>,
  also?: { sql: string; parameters: unknown[] },
): Promise<void> {
  const postedAt = new Date();
  await bulkInsert(
    manager,
    LedgerEntry,
    [...expiring].map(([memberId, points]) =>
      Object.assign(new LedgerEntry(), {
        id: uuid7(),
        memberId,
        kind: LedgerEntryKind.EXPIRE,
        points: -points,
        postedAt,
        postedBy: LEDGER_TASKS_PRINCIPAL,
        bookingReference: null,
        productType: null,
        amount: null,
        currency: null,
        bookedOn: null,
        travelDate: null,
        schemeVersionId: null,
        rewardId: null,
        reversesId: null,
      }),
    ),
  );
  await changeManyBalances(manager, new Map([...expiring].map(([memberId, points]) => [memberId, { available: -points, expired: points }])), also);
}

/**
 * Lots that have just become open (confirmed or credited) with a date their locked member's expiry
 * mark has already passed: the mark makes them expired as they open, and the task will not move over
 * them again, so their points expire now.
 */
export async function expireOpenedPastMark(manager: EntityManager, lots: readonly PointsLot[], members: ReadonlyMap<string, ExpiryMark>): Promise<void> {
  const expiring = new Map<string, number>();
  for (const lot of lots)
    if (lot.remaining > 0 && isPastMark(lot, members.get(lot.memberId)!)) expiring.set(lot.memberId, (expiring.get(lot.memberId) ?? 0) + lot.remaining);
  if (expiring.size) await postExpiries(manager, expiring);
}
