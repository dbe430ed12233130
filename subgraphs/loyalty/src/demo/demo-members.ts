import { DataSource } from 'typeorm';
import { DEMO_SCHEME_MEMBERS, demoId, EncryptedNumbers, FieldCipher, Logger, PartnerReach, Principal, seededRandom, utcToday } from '@wayfarer/kit';
import { SupplierProgramme } from '../supplier-programmes/supplier-programme.entity';
import { numberViolation } from '../supplier-programmes/number-format';
import { SupplierMembershipService } from '../memberships/supplier-membership.service';
import { MembershipContext, SupplierMembership } from '../memberships/supplier-membership.entity';
import { LoyaltyAccountLink } from '../reach/loyalty-account-link.entity';
import { LoyaltyMemberService } from '../members/loyalty-member.service';
import { LoyaltyMember } from '../members/loyalty-member.entity';
import { LoyaltySchemeService } from '../scheme/loyalty-scheme.service';
import { LoyaltyRewardService } from '../scheme/loyalty-reward.service';
import { LoyaltyReward } from '../scheme/loyalty-reward.entity';
import { LoyaltyProductType } from '../scheme/scheme-rules.types';
import { addDays, addMonths } from '../scheme/scheme-rules';
import { LedgerService } from '../ledger/ledger.service';
import { reevaluateTiers } from '../ledger/ledger-tasks';

const DEMO_SEEDER: Principal = { id: 'service:loyalty-demo', kind: 'service', roles: [], scopes: [], client: 'demo' };
const anyone = async () => undefined;

/** Demo travellers (by number) with supplier memberships. */
export const DEMO_MEMBERSHIP_HOLDERS = 180;
/** Two travellers holding one Miles & More number, for duplicate detection to find. */
export const DEMO_SHARED_NUMBER = { travellers: [4, 5], programme: 'Miles & More', number: '992004455667788' };
/** Where the demo scheme began (demo-scheme.ts): no booking earns before it. */
const SCHEME_START = '2025-01-01';

const traveller = (index: number) => demoId({ kind: 'traveller', index });
const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)];
const between = (random: () => number, from: number, to: number) => from + Math.floor(random() * (to - from + 1));

/** A number that passes the programme's format (and check digit, where it has one). */
function membershipNumber(programme: SupplierProgramme, random: () => number): string {
  const { minLength, maxLength, pattern } = programme.numberFormat;
  const digits = [...'0123456789'];
  const alphabet = pattern?.includes('A-Z') ? [...'ABCDEFGHJKLMNPRSTUVWXYZ', ...digits] : digits;
  for (;;) {
    const length = between(random, minLength, maxLength);
    const number = Array.from({ length }, (_, position) =>
      position === 0 && alphabet === digits ? pick(random, digits.slice(1)) : pick(random, alphabet),
    ).join('');
    if (!numberViolation(programme.numberFormat, number, 'number')) return number;
  }
}

/**
 * Frequent-flyer, hotel, car and rail memberships for the first demo travellers: tiers of their
 * programmes, some expiring within 90 days, some expired, some leisure, one number held by two
 * travellers. Through the membership service, as staff would record them.
 */
async function seedSupplierMemberships(dataSource: DataSource, cipher: FieldCipher, today: string): Promise<number> {
  const memberships = new SupplierMembershipService(dataSource, new EncryptedNumbers(() => cipher), new PartnerReach(dataSource, LoyaltyAccountLink));
  const programmes = await dataSource.getRepository(SupplierProgramme).find({ where: { active: true }, order: { name: 'ASC' } });
  if (!programmes.length) return 0;
  const random = seededRandom(1313);
  let added = 0;
  for (let index = 0; index < DEMO_MEMBERSHIP_HOLDERS; index++) {
    const held = new Set<string>();
    const count = index % 3 === 2 ? 1 : between(random, 1, 3);
    for (let n = 0; n < count; n++) {
      const programme = pick(random, programmes);
      if (held.has(programme.id)) continue;
      held.add(programme.id);
      const expiry = random();
      const expiresOn =
        expiry < 0.12
          ? addDays(today, between(random, 5, 90))
          : expiry < 0.2
            ? addDays(today, -between(random, 10, 400))
            : expiry < 0.6
              ? addMonths(today, between(random, 6, 36))
              : null;
      // Lower tiers are the common ones.
      const tier = programme.tierNames[Math.min(Math.floor(random() ** 2 * programme.tierNames.length), programme.tierNames.length - 1)];
      await memberships.add(
        {
          profileId: traveller(index),
          programmeId: programme.id,
          number: membershipNumber(programme, random),
          tier,
          tierExpiresOn:
            tier === programme.tierNames[0] ? null : random() < 0.2 ? addDays(today, between(random, 10, 80)) : `${Number(today.slice(0, 4)) + 1}-12-31`,
          expiresOn,
          points: random() < 0.7 ? between(random, 0, 250) * 100 : null,
          pointsReadOn: addDays(today, -between(random, 0, 60)),
          context: random() < 0.2 ? MembershipContext.LEISURE : MembershipContext.BUSINESS,
          primary: n === 0,
        },
        DEMO_SEEDER,
      );
      added++;
    }
  }
  const shared = programmes.find((programme) => programme.name === DEMO_SHARED_NUMBER.programme);
  if (shared) {
    for (const index of DEMO_SHARED_NUMBER.travellers) {
      await memberships.add(
        {
          profileId: traveller(index),
          programmeId: shared.id,
          number: DEMO_SHARED_NUMBER.number,
          tier: shared.tierNames[0],
          context: MembershipContext.BUSINESS,
        },
        DEMO_SEEDER,
      );
      added++;
    }
  }
  return added;
}

/**
 * The demo travellers who consented to the scheme's terms in profiles' demo, enrolled, with
 * bookings earned over the past two years (some still pending travel, some expiring next month,
 * frequent travellers reaching higher tiers), a reward redeemed and an adjustment, all through the
 * scheme's own services; then the tier review the hourly task would make.
 */
async function seedSchemeMembers(dataSource: DataSource, today: string): Promise<number> {
  const schemes = new LoyaltySchemeService(dataSource);
  if (!(await schemes.versionOn(today))) return 0;
  const consenting = new Set(DEMO_SCHEME_MEMBERS.map(traveller));
  const members = new LoyaltyMemberService(dataSource, schemes, { inForce: async (profileId) => consenting.has(profileId) });
  const rewards = new LoyaltyRewardService(dataSource);
  const ledger = new LedgerService(dataSource, schemes, rewards);
  const random = seededRandom(2025);
  // Travelled two years ago less a few days: the points expire within the coming month (never before the scheme began).
  const expiringFrom = [addDays(addMonths(today, -24), 1), SCHEME_START].sort()[1];
  const expiringDays = Math.round((Date.parse(addMonths(today, -23)) - Date.parse(expiringFrom)) / 86_400_000);
  const enrolled: LoyaltyMember[] = [];
  for (const [position, index] of DEMO_SCHEME_MEMBERS.entries()) {
    const profileId = traveller(index);
    const member = await members.enrol(profileId, anyone);
    enrolled.push(member);
    let booking = 0;
    const earn = (productType: LoyaltyProductType, amount: number, travelDate: string) => {
      const bookedOn = [addDays(travelDate, -between(random, 3, 45)), today].sort()[0];
      return ledger.earn(
        {
          profileId,
          bookingReference: `DEMO-${index}-${++booking}`,
          productType,
          amount,
          currency: 'EUR',
          bookedOn: bookedOn < SCHEME_START ? SCHEME_START : bookedOn,
          travelDate,
        },
        DEMO_SEEDER,
        anyone,
      );
    };
    // Frequent travellers first: the first few reach Gold on trips, the next Silver.
    const trips = position < 2 ? 31 : position < 7 ? 11 : between(random, 1, 6);
    for (let trip = 0; trip < trips; trip++) {
      const type = pick(random, [
        LoyaltyProductType.FLIGHT,
        LoyaltyProductType.FLIGHT,
        LoyaltyProductType.HOTEL,
        LoyaltyProductType.RAIL,
        LoyaltyProductType.CAR,
      ]);
      await earn(type, between(random, 8, 120) * 10, addDays(today, -between(random, 1, 330)));
    }
    if (position % 3 === 0) await earn(LoyaltyProductType.FLIGHT, between(random, 20, 150) * 10, addDays(today, between(random, 7, 90)));
    if (position % 4 === 1 && expiringDays > 0)
      await earn(LoyaltyProductType.HOTEL, between(random, 30, 90) * 10, addDays(expiringFrom, position % expiringDays));
  }
  const lounge = await dataSource.getRepository(LoyaltyReward).findOne({ where: { name: 'Airport lounge pass' } });
  const [gold, silver] = enrolled;
  if (lounge) await ledger.redeem({ memberId: gold.id, rewardId: lounge.id }, DEMO_SEEDER, anyone);
  await ledger.adjust({ memberId: silver.id, points: 500, reason: 'Goodwill for a cancelled flight' }, DEMO_SEEDER);
  await reevaluateTiers(dataSource, schemes, today);
  return enrolled.length;
}

/** The demo's memberships and scheme members, each only into an empty table. */
export async function seedDemoMembers(dataSource: DataSource, cipher: FieldCipher, logger: Logger): Promise<void> {
  const today = utcToday();
  if ((await dataSource.getRepository(SupplierMembership).count({ take: 1 })) === 0) {
    logger.info({ memberships: await seedSupplierMemberships(dataSource, cipher, today) }, 'seeded demo supplier memberships');
  }
  if ((await dataSource.getRepository(LoyaltyMember).count({ take: 1 })) === 0) {
    logger.info({ members: await seedSchemeMembers(dataSource, today) }, 'seeded demo scheme members');
  }
}
