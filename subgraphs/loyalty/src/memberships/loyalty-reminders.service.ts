import { DataSource } from 'typeorm';
import { ListPage, PageInput, paginate, PartnerReach, Principal, SortDirection, utcToday } from '@wayfarer/kit';
import { LoyaltyAccountLink } from '../reach/loyalty-account-link.entity';
import { MembershipContext, MembershipStatus, SupplierMembership } from './supplier-membership.entity';
import { LoyaltyReminder, LoyaltyReminderKind } from './loyalty-reminder.types';

/** Which date each kind watches, and whether it looks ahead (expiring) or back (expired). */
const WATCHED: Record<LoyaltyReminderKind, { property: 'tierExpiresOn' | 'expiresOn'; column: string; expired: boolean }> = {
  TIER_EXPIRING: { property: 'tierExpiresOn', column: 'tier_expires_on', expired: false },
  TIER_EXPIRED: { property: 'tierExpiresOn', column: 'tier_expires_on', expired: true },
  MEMBERSHIP_EXPIRING: { property: 'expiresOn', column: 'expires_on', expired: false },
  MEMBERSHIP_EXPIRED: { property: 'expiresOn', column: 'expires_on', expired: true },
};

/** A dashboard needs "1,000+", not the exact size of a backlog (as profiles' reminders). */
export const REMINDER_COUNT_CAP = 1_000;
const DEFAULT_WINDOW_DAYS = 90;

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * Tier and membership expiries of active memberships, read straight from the memberships by
 * the index on each date: an expiry is a column, so there is nothing to derive or keep in step.
 */
export class LoyaltyRemindersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reach: PartnerReach<LoyaltyAccountLink>,
  ) {}

  dueBy(kind: LoyaltyReminderKind, dueBefore: string | undefined, today = utcToday()): string {
    return WATCHED[kind].expired ? addDays(today, -1) : (dueBefore ?? addDays(today, DEFAULT_WINDOW_DAYS));
  }

  async list(
    kind: LoyaltyReminderKind,
    dueBefore: string | undefined,
    page: PageInput,
    principal: Principal,
    profileId?: string,
  ): Promise<ListPage<LoyaltyReminder>> {
    const watched = WATCHED[kind];
    const today = utcToday();
    const qb = this.dataSource
      .getRepository(SupplierMembership)
      .createQueryBuilder('membership')
      .where('membership.status = :active AND membership.erased_at IS NULL', { active: MembershipStatus.ACTIVE });
    if (watched.expired) qb.andWhere(`membership.${watched.column} < :today`, { today });
    else qb.andWhere(`membership.${watched.column} >= :today AND membership.${watched.column} <= :dueBy`, { today, dueBy: this.dueBy(kind, dueBefore, today) });
    if (principal.kind === 'partner') qb.andWhere('membership.context <> :leisure', { leisure: MembershipContext.LEISURE });
    this.reach.limitList(qb, 'membership.profile_id', principal);
    if (profileId) await this.reach.assertMayName([profileId], principal);
    if (profileId) qb.andWhere('membership.profile_id = :profileId', { profileId });
    const memberships = await paginate(qb, {
      sortProperty: watched.property,
      direction: watched.expired ? SortDirection.DESC : SortDirection.ASC,
      page,
      countCap: REMINDER_COUNT_CAP,
    });
    return {
      ...memberships,
      items: memberships.items.map((membership) => {
        const dueOn = membership[watched.property]!;
        return Object.assign(new LoyaltyReminder(), {
          id: `${kind}:${membership.id}`,
          kind,
          profileId: membership.profileId,
          membershipId: membership.id,
          dueOn,
          daysLeft: daysBetween(today, dueOn),
        });
      }),
    };
  }
}
