import { DataSource, EntityManager, In } from 'typeorm';
import {
  claimVersion,
  ConflictError,
  ForbiddenError,
  hasScopes,
  inTransaction,
  ListPage,
  paginate,
  paginateMerged,
  prefixRange,
  Principal,
  searchKey,
  SortDirection,
  uuid7,
  ValidationFailedError,
} from '@wayfarer/kit';
import { Profile, ProfileStatus } from './profile.entity';
import { CreateProfileInput } from './create-profile.input';
import { UpdateProfileInput } from './update-profile.input';
import { ProfileFieldsInput } from './profile-fields.input';
import { ProfileListArgs, ProfileSortField } from './profile-list.args';
import { PROFILE_SCOPES } from './profile.scopes';
import { PassportList } from '../documents/document-kinds';
import { Passport } from '../documents/passport.entity';
import { ProfileHistoryService } from '../history/profile-history.service';
import { ProfileParts } from './profile-parts';
import { findFollowingMerges } from '../duplicates/profile-lineage';
import { ConsentService } from '../consent/consent.service';
import { nativeNameKey } from './native-name-key';
import { PROFILE_FIELDS } from './profile-fields';

type Defaultable = { isDefault: boolean };

/** Exactly one default per contact list: the one marked, or the first. */
function withOneDefault<T extends Defaultable>(items: T[], field: string): T[] {
  const marked = items.filter((item) => item.isDefault).length;
  if (marked > 1) throw ValidationFailedError.single(field, 'oneDefault', 'may mark only one entry as default');
  return items.map((item, index) => ({ ...item, isDefault: marked === 0 ? index === 0 : item.isDefault }));
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export class ProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passports: PassportList,
    private readonly history: ProfileHistoryService,
    private readonly parts: ProfileParts,
    private readonly consents: ConsentService,
  ) {}

  /**
   * Partner clients see only their corporate accounts' travellers: by id or by list (`travellers`, where
   * account links are checked per traveller); anything across all travellers stays in-house.
   */
  assertMayRead(principal: Principal, reach: 'all' | 'travellers' = 'all'): void {
    if (principal.kind === 'partner' && reach === 'all') throw new ForbiddenError('Partner clients may read only the travellers of their corporate accounts');
    if (!hasScopes(principal, [[PROFILE_SCOPES.read]])) throw new ForbiddenError();
  }

  async findByIds(ids: readonly string[]): Promise<Profile[]> {
    return this.dataSource.getRepository(Profile).find({ where: { id: In([...ids]) } });
  }

  /** Each id's profile in order; a merged id answers with its survivor. */
  findFollowingMerges(ids: readonly string[]): Promise<(Profile | null)[]> {
    return findFollowingMerges(this.dataSource.manager, ids);
  }

  async passportsOf(profileIds: readonly string[]): Promise<Passport[]> {
    return this.passports.findByProfileIds(this.dataSource.manager, profileIds);
  }

  async list(args: ProfileListArgs, principal: Principal, options: { countAlongside?: boolean } = {}): Promise<ListPage<Profile>> {
    const qb = this.dataSource.getRepository(Profile).createQueryBuilder('profile');
    const filter = args.filter ?? {};
    // Only active travellers have segments, so a segment filter needs no status condition; without
    // one the database walks the segment index in name order instead of sorting the whole segment.
    const activeBySegment = filter.segment && (!filter.status || filter.status === ProfileStatus.ACTIVE);
    if (!activeBySegment) {
      if (filter.status) qb.andWhere('profile.status = :status', { status: filter.status });
      // Erased tombstones and merged profiles only resolve by id; a list shows them when asked for by status.
      else if (!filter.ids) qb.andWhere('profile.status NOT IN (:...hidden)', { hidden: [ProfileStatus.ERASED, ProfileStatus.MERGED] });
    }
    if (filter.department) qb.andWhere('profile.department = :department', { department: filter.department });
    if (filter.ids) qb.andWhere('profile.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [''] });
    const joinedSortKeys = await this.parts.filterList(qb, filter, principal);
    // An e-mail address is matched as stored (lower case), so its dots, underscores and hyphens count.
    const byEmail = filter.search?.includes('@');
    const key = !filter.search ? '' : byEmail ? filter.search.trim().toLowerCase() : searchKey(filter.search);
    const request = {
      sortProperty: args.sort?.field ?? ProfileSortField.FAMILY_NAME,
      direction: args.sort?.direction ?? SortDirection.ASC,
      page: args.page ?? { limit: 25 },
      countAlongside: options.countAlongside,
    };
    if (!key) {
      const joined = joinedSortKeys.find((candidate) => candidate.sortProperty === request.sortProperty);
      // Each segment row is an active traveller's, so with no other condition the segment index alone gives the total.
      const segmentAlone = activeBySegment && Object.entries(filter).every(([name, value]) => value == null || name === 'segment' || name === 'status');
      return paginate(qb, { ...request, orderBy: joined, countQuery: segmentAlone ? joinedSortKeys[0]?.rowsAlone() : undefined });
    }
    const { from, to } = prefixRange(key);
    qb.setParameters({ searchFrom: from, searchTo: to });
    const matchingAny = (columns: string[]) => {
      const matching = columns.map((column) => `SELECT id FROM profiles WHERE ${column} >= :searchFrom AND ${column} < :searchTo`).join(' UNION ');
      return qb.clone().innerJoin(`(${matching})`, 'matching', 'matching.id = profile.id');
    };
    // An OR across the search keys made MariaDB walk the whole name index; one range scan per
    // key, merged, is what the indexes are for.
    if (byEmail) return paginate(matchingAny(['email_key']), request);
    const everyKey = () => matchingAny(['name_key', 'given_name_key', 'native_name_key', 'email_key']);
    if (request.sortProperty !== ProfileSortField.FAMILY_NAME) return paginate(everyKey(), request);
    // Sorted by family name, family-name matches come straight off the name index in order;
    // only the (usually few) given-name, native-name and e-mail matches need sorting.
    const byFamilyName = qb.clone().andWhere('profile.name_key >= :searchFrom AND profile.name_key < :searchTo');
    const byOtherKeys = matchingAny(['given_name_key', 'native_name_key', 'email_key']).andWhere(
      'NOT (profile.name_key >= :searchFrom AND profile.name_key < :searchTo)',
    );
    return paginateMerged([byFamilyName, byOtherKeys], everyKey, request);
  }

  async create(input: CreateProfileInput, principal: Principal): Promise<Profile> {
    const now = new Date();
    const profile = this.prepareNew(input, principal, now);
    return inTransaction(this.dataSource, async (manager) => {
      await manager.getRepository(Profile).insert(profile);
      const change = { profileId: profile.id, principal, operation: 'createProfile' };
      await this.history.record(
        manager,
        { ...change, subjectClass: Profile, subjectId: profile.id, before: null, after: profile, fields: PROFILE_FIELDS.history },
        now,
      );
      await this.consents.recordLawfulBasis(manager, change, profile, input.lawfulBasis, now);
      if (input.passports) await this.passports.replace(manager, change, input.passports, now);
      await this.parts.afterWrite({ manager, ...change, at: now });
      return profile;
    });
  }

  /** A new profile checked against every rule and scope of createProfile, not yet stored; the CSV import stores many at once. */
  prepareNew(input: CreateProfileInput, principal: Principal, now: Date): Profile {
    this.assertMayWrite(input, principal);
    const profile = Object.assign(new Profile(), Object.fromEntries(PROFILE_FIELDS.written.map((field) => [field.name, field.list ? [] : null])), {
      id: uuid7(),
      status: ProfileStatus.ACTIVE,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    this.apply(profile, input);
    return profile;
  }

  async update(id: string, input: UpdateProfileInput, principal: Principal): Promise<Profile> {
    this.assertMayWrite(input, principal);
    return this.changeVersioned(id, input.expectedVersion, principal, 'updateProfile', async (profile, manager) => {
      this.apply(profile, input);
      if (input.passports) await this.passports.replace(manager, { profileId: id, principal, operation: 'updateProfile' }, input.passports, profile.updatedAt);
    });
  }

  async archive(id: string, expectedVersion: number, principal: Principal): Promise<Profile> {
    return this.changeVersioned(id, expectedVersion, principal, 'archiveProfile', async (profile) => {
      profile.status = ProfileStatus.ARCHIVED;
    });
  }

  /**
   * The one way a profile or any of its parts changes: in one transaction, only if nobody
   * changed the profile since `expectedVersion`, with the version bumped, history recorded and
   * every part's afterWrite run. The version is claimed first (see claimVersion), so a stale
   * writer is refused before it touches any of the profile's rows.
   */
  changeVersioned(
    id: string,
    expectedVersion: number,
    principal: Principal,
    operation: string,
    change: (profile: Profile, manager: EntityManager) => Promise<void>,
  ): Promise<Profile> {
    return inTransaction(this.dataSource, (manager) => this.changeVersionedIn(manager, id, expectedVersion, principal, operation, change));
  }

  /** changeVersioned inside a transaction the caller already holds. */
  async changeVersionedIn(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    principal: Principal,
    operation: string,
    change: (profile: Profile, manager: EntityManager) => Promise<void>,
  ): Promise<Profile> {
    const repository = manager.getRepository(Profile);
    await claimVersion(manager, Profile, 'Profile', id, expectedVersion);
    const profile = (await repository.findOne({ where: { id } }))!;
    if (profile.status === ProfileStatus.ERASED)
      throw new ConflictError(`Profile ${id} was erased on the traveller's request and cannot change`, { id, status: profile.status });
    if (profile.status === ProfileStatus.MERGED)
      throw new ConflictError(`Profile ${id} was merged into ${profile.mergedInto}; change that profile instead`, { id, mergedInto: profile.mergedInto });
    const before = { ...profile };
    profile.updatedAt = new Date();
    await change(profile, manager);
    const { id: _id, version: _version, createdAt: _createdAt, ...columns } = profile;
    await repository.update({ id }, columns);
    await this.history.record(
      manager,
      { profileId: id, principal, operation, subjectClass: Profile, subjectId: id, before, after: profile, fields: PROFILE_FIELDS.history },
      profile.updatedAt,
    );
    await this.parts.afterWrite({ manager, profileId: id, principal, operation, at: profile.updatedAt });
    return profile;
  }

  assertMayWrite(input: ProfileFieldsInput, principal: Principal): void {
    if (input.dateOfBirth !== undefined && !hasScopes(principal, [[PROFILE_SCOPES.readPersonal]])) {
      throw new ForbiddenError('Recording a date of birth needs the profiles.personal:read scope');
    }
    if (input.passports !== undefined && !hasScopes(principal, [[PROFILE_SCOPES.writeDocuments]])) {
      throw new ForbiddenError('Changing travel documents needs the profiles.documents:write scope');
    }
  }

  /** Sets the profile's own fields from input (validated, trimmed) and recomputes its search keys. */
  apply(profile: Profile, input: Partial<CreateProfileInput>): void {
    if (input.dateOfBirth && (input.dateOfBirth > today() || input.dateOfBirth < '1900-01-01')) {
      throw ValidationFailedError.single('input.dateOfBirth', 'isPastDate', 'must be a date between 1900-01-01 and today');
    }
    for (const { name, list } of PROFILE_FIELDS.written) {
      const value = (input as Record<string, unknown>)[name];
      if (!list && value !== undefined) (profile as unknown as Record<string, unknown>)[name] = typeof value === 'string' ? value.trim() || null : value;
    }
    if (!profile.givenName) throw ValidationFailedError.single('input.givenName', 'isNotEmpty', 'is required');
    if (!profile.familyName) throw ValidationFailedError.single('input.familyName', 'isNotEmpty', 'is required');
    if (input.emails) {
      profile.emails = withOneDefault(
        input.emails.map((email) => ({ ...email, address: email.address.trim().toLowerCase() })),
        'input.emails',
      );
    }
    if (input.phones)
      profile.phones = withOneDefault(
        input.phones.map((phone) => ({ ...phone })),
        'input.phones',
      );
    if (input.addresses) {
      profile.addresses = withOneDefault(
        input.addresses.map((address) => ({
          ...address,
          countryCode: address.countryCode.toUpperCase(),
          region: address.region ?? null,
          postalCode: address.postalCode ?? null,
        })),
        'input.addresses',
      );
    }
    if (input.emergencyContacts) {
      profile.emergencyContacts = input.emergencyContacts.map((contact) => ({
        name: contact.name.trim(),
        relationship: contact.relationship?.trim() || null,
        phone: contact.phone,
        email: contact.email?.trim().toLowerCase() || null,
      }));
    }
    profile.nameKey = searchKey([profile.familyName, profile.givenName, profile.middleName].filter(Boolean).join(' '));
    profile.givenNameKey = searchKey([profile.givenName, profile.middleName, profile.familyName].filter(Boolean).join(' '));
    profile.nativeNameKey = nativeNameKey(profile.nativeName);
    profile.emailKey = profile.emails.find((email) => email.isDefault)?.address ?? null;
  }
}
