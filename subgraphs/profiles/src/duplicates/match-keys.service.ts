import { DataSource, EntityManager } from 'typeorm';
import { bulkInsert } from '@wayfarer/kit';
import { ProfileBulkWrite, ProfilePart, ProfileWrite } from '../profile/profile-parts';
import { ProfileStatus } from '../profile/profile.entity';
import { ProfileMatchKey } from './profile-match-key.entity';
import { DOCUMENT_HASH_TABLES, MatchKeySource, MatchKind, matchKeysOf } from './match-key';
import { Passport } from '../documents/passport.entity';

/** Profiles in these states are never duplicates of anyone: they hold no keys. */
const UNKEYED_STATUSES: string[] = [ProfileStatus.MERGED, ProfileStatus.ERASED];
/**
 * One row of this kind per keyed profile (key ''): counting them against the profiles tells in
 * one index range whether anything was written around the subgraph. Never forms a block.
 */
export const KEYED_MARKER = 'KEYED';
const BACKFILL_PAGE = 2000;

interface ProfileKeyRow {
  id: string;
  given_name: string;
  middle_name: string | null;
  family_name: string;
  native_name: string | null;
  date_of_birth: string | Date | null;
  emails: string;
  phones: string;
  status: string;
}

const PROFILE_KEY_COLUMNS =
  'p.id AS id, p.given_name AS given_name, p.middle_name AS middle_name, p.family_name AS family_name, p.native_name AS native_name, p.date_of_birth AS date_of_birth, p.emails AS emails, p.phones AS phones, p.status AS status';

const isoDate = (value: string | Date | null): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

/** A profile's key rows: none once merged or erased, else the marker and its blocking keys. */
function keyRows(profileId: string, status: string, source: MatchKeySource): ProfileMatchKey[] {
  if (UNKEYED_STATUSES.includes(status)) return [];
  return [{ kind: KEYED_MARKER as MatchKind, key: '' }, ...matchKeysOf(source)].map((key) => Object.assign(new ProfileMatchKey(), { profileId, ...key }));
}

/**
 * Keeps every profile's blocking keys in step with its data: after each write (same
 * transaction), and for rows written around the subgraph (seeding, bulk loads) by a backfill
 * that the scan runs first.
 */
export class MatchKeysService implements ProfilePart {
  readonly name = 'duplicates';

  constructor(private readonly dataSource: DataSource) {}

  async afterWrite(write: ProfileWrite): Promise<void> {
    const profiles: ProfileKeyRow[] = await write.manager.query(`SELECT ${PROFILE_KEY_COLUMNS} FROM profiles p WHERE p.id = ?`, [write.profileId]);
    const wanted = await this.keysOf(write.manager, profiles);
    const repository = write.manager.getRepository(ProfileMatchKey);
    const existing = await repository.find({ where: { profileId: write.profileId } });
    const id = (key: { kind: string; key: string }) => `${key.kind}\u0000${key.key}`;
    const wantedIds = new Set(wanted.map(id));
    const existingIds = new Set(existing.map(id));
    for (const key of existing.filter((key) => !wantedIds.has(id(key)))) await repository.delete({ profileId: key.profileId, kind: key.kind, key: key.key });
    await bulkInsert(
      write.manager,
      ProfileMatchKey,
      wanted.filter((key) => !existingIds.has(id(key))),
    );
  }

  /** New profiles have no keys yet: derived in memory, only inserts. */
  async afterInsertMany({ manager, profiles, passports }: ProfileBulkWrite): Promise<void> {
    const table = manager.connection.getMetadata(Passport).tableName;
    const hashes = new Map<string, string[]>();
    for (const passport of passports) hashes.set(passport.profileId, [...(hashes.get(passport.profileId) ?? []), `${table}:${passport.numberHash}`]);
    await bulkInsert(
      manager,
      ProfileMatchKey,
      profiles.flatMap((profile) => keyRows(profile.id, profile.status, { ...profile, documentHashes: hashes.get(profile.id) ?? [] })),
    );
  }

  async eraseSubject(manager: EntityManager, profileId: string): Promise<void> {
    await manager.getRepository(ProfileMatchKey).delete({ profileId });
  }

  /** Keys every profile that should have keys and has none, a page at a time; returns how many it keyed. */
  async backfill(): Promise<number> {
    const manager = this.dataSource.manager;
    const key = manager.connection.driver.escape('key');
    const [profiles, keyed] = await Promise.all([
      manager.query(`SELECT COUNT(*) AS n FROM profiles p WHERE p.status NOT IN (${placeholders(UNKEYED_STATUSES.length)})`, UNKEYED_STATUSES),
      manager.query(`SELECT COUNT(*) AS n FROM profile_match_keys WHERE kind = ? AND ${key} = ''`, [KEYED_MARKER]),
    ]);
    if (Number(profiles[0].n) === Number(keyed[0].n)) return 0;
    // One pass over the status index finds them all; paging this query would re-probe the keyed ones every time.
    const missing: { id: string }[] = await manager.query(
      `SELECT p.id AS id FROM profiles p
       WHERE p.status NOT IN (${placeholders(UNKEYED_STATUSES.length)})
         AND NOT EXISTS (SELECT 1 FROM profile_match_keys mk WHERE mk.profile_id = p.id)`,
      UNKEYED_STATUSES,
    );
    for (let start = 0; start < missing.length; start += BACKFILL_PAGE) {
      const ids = missing.slice(start, start + BACKFILL_PAGE).map((row) => row.id);
      const profiles: ProfileKeyRow[] = await manager.query(`SELECT ${PROFILE_KEY_COLUMNS} FROM profiles p WHERE p.id IN (${placeholders(ids.length)})`, ids);
      await bulkInsert(manager, ProfileMatchKey, await this.keysOf(manager, profiles), { ignoreExisting: true });
    }
    return missing.length;
  }

  /** The keys the given profiles should have now. */
  private async keysOf(manager: EntityManager, profiles: ProfileKeyRow[]): Promise<ProfileMatchKey[]> {
    const hashes = await this.documentHashes(
      manager,
      profiles.filter((profile) => !UNKEYED_STATUSES.includes(profile.status)).map((profile) => profile.id),
    );
    return profiles.flatMap((profile) =>
      keyRows(profile.id, profile.status, {
        givenName: profile.given_name,
        middleName: profile.middle_name,
        familyName: profile.family_name,
        nativeName: profile.native_name,
        dateOfBirth: isoDate(profile.date_of_birth),
        emails: JSON.parse(profile.emails ?? '[]'),
        phones: JSON.parse(profile.phones ?? '[]'),
        documentHashes: hashes.get(profile.id) ?? [],
      }),
    );
  }

  private async documentHashes(manager: EntityManager, profileIds: string[]): Promise<Map<string, string[]>> {
    const byProfile = new Map<string, string[]>();
    if (profileIds.length === 0) return byProfile;
    const union = DOCUMENT_HASH_TABLES.map(
      (table) => `SELECT '${table}' AS document, profile_id, number_hash FROM ${table} WHERE profile_id IN (${placeholders(profileIds.length)})`,
    ).join(' UNION ALL ');
    const rows: { document: string; profile_id: string; number_hash: string }[] = await manager.query(
      union,
      DOCUMENT_HASH_TABLES.flatMap(() => profileIds),
    );
    for (const row of rows) byProfile.set(row.profile_id, [...(byProfile.get(row.profile_id) ?? []), `${row.document}:${row.number_hash}`]);
    return byProfile;
  }
}
