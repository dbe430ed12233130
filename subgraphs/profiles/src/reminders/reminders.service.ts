import { DataSource, EntityManager, In } from 'typeorm';
import { bulkInsert, ForbiddenError, hasScopes, ListPage, paginate, PageInput, Principal, SortDirection } from '@wayfarer/kit';
import { Profile, ProfileStatus } from '../profile/profile.entity';
import { ProfileBulkWrite, ProfilePart, ProfileWrite } from '../profile/profile-parts';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { Passport } from '../documents/passport.entity';
import { ENTRY_ENDORSEMENTS, TRAVEL_INSURANCE, VACCINATIONS, VISAS } from '../documents/document-kinds';
import { ProfileGap, ProfileReminder, ReminderKind } from './profile-reminder.entity';
import { byProfile, diffRows } from './derived-rows';

const DOCUMENT_KINDS = [VISAS, VACCINATIONS, ENTRY_ENDORSEMENTS, TRAVEL_INSURANCE];

/** Default windows: passports six months ahead of expiry (most countries' entry rule), other documents three. */
const DEFAULT_WINDOW: Record<ReminderKind, (today: string) => string> = {
  [ReminderKind.PASSPORT_EXPIRING]: (today) => addMonths(today, 6),
  [ReminderKind.DOCUMENT_EXPIRING]: (today) => addDays(today, 90),
  [ReminderKind.VERIFICATION_DUE]: (today) => addDays(today, 30),
  [ReminderKind.INCOMPLETE]: (today) => today,
  [ReminderKind.VIP_REVIEW]: (today) => addDays(today, 30),
  [ReminderKind.SPECIAL_NEEDS_REVIEW]: (today) => addDays(today, 30),
};

const isoToday = () => new Date().toISOString().slice(0, 10);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 + months, day)).toISOString().slice(0, 10);
}
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

// A dashboard needs "1,000+", not the exact size of a backlog; a lower cap keeps every count an index range of at most this many entries.
export const COUNT_CAP = 1_000;

export interface ReminderCountRow {
  kind: ReminderKind;
  dueBy: string;
  count: number;
}

interface Sources {
  profile: Profile;
  passports: Passport[];
  documents: { list: string; id: string; end: string; group: string }[];
}

/** The latest-ending document of each group: a renewed passport or visa silences the old one. */
function latestPerGroup<T extends { group: string; end: string }>(items: T[]): T[] {
  const latest = new Map<string, T>();
  for (const item of items) if ((latest.get(item.group)?.end ?? '') < item.end) latest.set(item.group, item);
  return [...latest.values()];
}

export function deriveReminders({ profile, passports, documents }: Sources): ProfileReminder[] {
  if (profile.status !== ProfileStatus.ACTIVE) return [];
  const reminders: ProfileReminder[] = [];
  const add = (kind: ReminderKind, dueOn: string, subject: { documentId?: string; detail?: string } = {}) =>
    reminders.push(
      Object.assign(new ProfileReminder(), {
        id: [kind, profile.id, subject.documentId ?? subject.detail].filter(Boolean).join(':'),
        profileId: profile.id,
        kind,
        dueOn,
        documentId: subject.documentId ?? null,
        detail: subject.detail ?? null,
      }),
    );
  const created = profile.createdAt.toISOString().slice(0, 10);
  const reviewDue = profile.nextReviewDue ?? created;
  add(ReminderKind.VERIFICATION_DUE, reviewDue);
  if (profile.vip) add(ReminderKind.VIP_REVIEW, reviewDue);
  if (profile.specialNeeds) add(ReminderKind.SPECIAL_NEEDS_REVIEW, reviewDue);
  const gaps: [ProfileGap, boolean][] = [
    [ProfileGap.EMAIL, profile.emails.length === 0],
    [ProfileGap.PHONE, profile.phones.length === 0],
    [ProfileGap.DATE_OF_BIRTH, !profile.dateOfBirth],
    [ProfileGap.PASSPORT, passports.length === 0],
    [ProfileGap.DEFAULT_ADDRESS, !profile.addresses.some((address) => address.isDefault)],
  ];
  for (const [gap, missing] of gaps) if (missing) add(ReminderKind.INCOMPLETE, created, { detail: gap });
  const latestPassports = latestPerGroup(passports.map((passport) => ({ passport, group: passport.issuingCountry, end: passport.expiryDate })));
  for (const { passport } of latestPassports) add(ReminderKind.PASSPORT_EXPIRING, passport.expiryDate, { documentId: passport.id, detail: 'passports' });
  for (const document of latestPerGroup(documents)) add(ReminderKind.DOCUMENT_EXPIRING, document.end, { documentId: document.id, detail: document.list });
  return reminders;
}

/**
 * Reminders of every kind, kept as rows (kind, due date) beside the profile by every write, so
 * "what is due by X" is one range of one index at any number of travellers.
 */
export class RemindersService implements ProfilePart {
  readonly name = 'reminders';

  constructor(private readonly dataSource: DataSource) {}

  async afterWrite({ manager, profileId }: ProfileWrite): Promise<void> {
    await this.refresh(manager, [profileId]);
  }

  /** New profiles have no other documents or reminders yet: derived in memory, only inserts. */
  async afterInsertMany({ manager, profiles, passports }: ProfileBulkWrite): Promise<void> {
    const passportsOf = byProfile(
      profiles.map((profile) => profile.id),
      passports,
    );
    await bulkInsert(
      manager,
      ProfileReminder,
      profiles.flatMap((profile) => deriveReminders({ profile, passports: passportsOf(profile.id), documents: [] })),
    );
  }

  async refresh(manager: EntityManager, profileIds: readonly string[]): Promise<void> {
    if (profileIds.length === 0) return;
    const ids = [...profileIds];
    const profiles = await manager.getRepository(Profile).find({ where: { id: In(ids) } });
    const passports = await manager
      .getRepository(Passport)
      .find({ where: { profileId: In(ids) }, select: { id: true, profileId: true, issuingCountry: true, expiryDate: true } });
    const documents: (Sources['documents'][number] & { profileId: string })[] = [];
    for (const kind of DOCUMENT_KINDS) {
      const rows = (await manager.getRepository(kind.entity).find({ where: { profileId: In(ids) } })) as unknown as Record<string, string | null>[];
      for (const row of rows) {
        const end = row[kind.end];
        if (end)
          documents.push({
            list: kind.list,
            id: row.id!,
            profileId: row.profileId!,
            end,
            group: `${kind.list}:${row.country ?? row.disease ?? row.insurer ?? row.id}`,
          });
      }
    }
    const existing = byProfile(ids, await manager.getRepository(ProfileReminder).find({ where: { profileId: In(ids) } }));
    const passportsOf = byProfile(ids, passports);
    const documentsOf = byProfile(ids, documents);
    const derived = profiles.flatMap((profile) => deriveReminders({ profile, passports: passportsOf(profile.id), documents: documentsOf(profile.id) }));
    const stored = ids.flatMap((id) => existing(id));
    const { stale, fresh } = diffRows(
      stored,
      derived,
      (row) => row.id,
      (a, b) => a.dueOn === b.dueOn,
    );
    const repository = manager.getRepository(ProfileReminder);
    if (stale.length > 0) await repository.delete({ id: In(stale.map((row) => row.id)) });
    for (let start = 0; start < fresh.length; start += 1000) await repository.insert(fresh.slice(start, start + 1000));
  }

  readableKinds(principal: Principal): ReminderKind[] {
    const special = hasScopes(principal, [[PROFILE_SCOPES.readSpecial]]);
    return Object.values(ReminderKind).filter((kind) => special || kind !== ReminderKind.SPECIAL_NEEDS_REVIEW);
  }

  assertMayRead(principal: Principal, kind: ReminderKind): void {
    if (!this.readableKinds(principal).includes(kind)) throw new ForbiddenError('Special needs reminders need the profiles.special:read scope');
  }

  dueBy(kind: ReminderKind, withinDays: number | undefined, today = isoToday()): string {
    return withinDays === undefined || withinDays === null ? DEFAULT_WINDOW[kind](today) : addDays(today, withinDays);
  }

  daysLeft(reminder: ProfileReminder): number {
    return daysBetween(isoToday(), reminder.dueOn);
  }

  async list(kind: ReminderKind, dueBy: string, direction: SortDirection, page: PageInput, profileId?: string): Promise<ListPage<ProfileReminder>> {
    const qb = this.dataSource
      .getRepository(ProfileReminder)
      .createQueryBuilder('reminder')
      .where('reminder.kind = :kind AND reminder.due_on <= :dueBy', { kind, dueBy });
    if (profileId) qb.andWhere('reminder.profile_id = :profileId', { profileId });
    return paginate(qb, { sortProperty: 'dueOn', direction, page, countCap: COUNT_CAP });
  }

  /** Every kind's count in one statement, each capped like a list total. */
  async counts(kinds: ReminderKind[], dueBy: (kind: ReminderKind) => string): Promise<ReminderCountRow[]> {
    if (kinds.length === 0) return [];
    const branches = kinds.map(
      () => `SELECT ? AS kind, COUNT(*) AS n FROM (SELECT 1 AS one FROM profile_reminders WHERE kind = ? AND due_on <= ? LIMIT ${COUNT_CAP + 1}) capped`,
    );
    const rows: { kind: ReminderKind; n: string | number }[] = await this.dataSource.query(
      branches.join(' UNION ALL '),
      kinds.flatMap((kind) => [kind, kind, dueBy(kind)]),
    );
    const counted = new Map(rows.map((row) => [row.kind, Number(row.n)]));
    return kinds.map((kind) => ({ kind, dueBy: dueBy(kind), count: counted.get(kind) ?? 0 }));
  }

  async merge(manager: EntityManager, mergedId: string): Promise<void> {
    await manager.getRepository(ProfileReminder).delete({ profileId: mergedId });
  }

  async eraseSubject(manager: EntityManager, profileId: string): Promise<void> {
    await manager.getRepository(ProfileReminder).delete({ profileId });
  }
}
