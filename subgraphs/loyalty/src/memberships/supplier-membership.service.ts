import { DataSource, EntityManager, In, IsNull, Not, SelectQueryBuilder } from 'typeorm';
import {
  claimVersion,
  ConflictError,
  EncryptedNumbers,
  FieldViolation,
  ForbiddenError,
  hasScopes,
  inTransaction,
  ListPage,
  NotFoundError,
  paginate,
  PartnerReach,
  Principal,
  SortDirection,
  utcToday,
  uuid7,
  ValidationFailedError,
} from '@wayfarer/kit';
import { SupplierProgramme } from '../supplier-programmes/supplier-programme.entity';
import { numberViolation } from '../supplier-programmes/number-format';
import { LOYALTY_SCOPES } from '../loyalty.scopes';
import { LoyaltyAccountLink } from '../reach/loyalty-account-link.entity';
import { MembershipContext, MembershipStatus, SupplierMembership } from './supplier-membership.entity';
import { AddSupplierMembershipInput, SupplierMembershipFieldsInput, UpdateSupplierMembershipInput } from './supplier-membership.input';
import { SupplierMembershipListArgs, SupplierMembershipSortField } from './supplier-membership-list.args';

const isPartner = (principal: Principal) => principal.kind === 'partner';

/** Partners serve business travel only: a traveller's leisure memberships are none of their business, on every path. */
function visibleTo<T extends SupplierMembership>(principal: Principal, memberships: T[]): T[] {
  return isPartner(principal) ? memberships.filter((membership) => membership.context !== MembershipContext.LEISURE) : memberships;
}

export class SupplierMembershipService {
  constructor(
    private readonly dataSource: DataSource,
    readonly numbers: EncryptedNumbers,
    private readonly reach: PartnerReach<LoyaltyAccountLink>,
  ) {}

  /** Memberships by id as the principal may see them (erased and, for partners, leisure ones are absent). */
  async findByIds(ids: readonly string[], principal: Principal): Promise<SupplierMembership[]> {
    if (!ids.length) return [];
    return visibleTo(principal, await this.dataSource.getRepository(SupplierMembership).find({ where: { id: In([...ids]), erasedAt: IsNull() } }));
  }

  /** Every traveller's memberships in one statement, primary first, then oldest first. */
  async ofProfiles(profileIds: readonly string[], principal: Principal): Promise<SupplierMembership[]> {
    if (!profileIds.length) return [];
    const rows = await this.dataSource
      .getRepository(SupplierMembership)
      .find({ where: { profileId: In([...profileIds]), erasedAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
    return visibleTo(principal, rows).sort((a, b) => Number(b.primary) - Number(a.primary));
  }

  /** Other travellers' memberships with the same programme and number (a partner's: of its accounts' travellers), for the memberships given, in one statement. */
  async sharing(memberships: readonly SupplierMembership[], principal: Principal): Promise<SupplierMembership[][]> {
    const hashes = [...new Set(memberships.map((membership) => membership.numberHash))];
    if (!hashes.length) return memberships.map(() => []);
    const qb = this.dataSource
      .getRepository(SupplierMembership)
      .createQueryBuilder('membership')
      .where('membership.number_hash IN (:...hashes) AND membership.erased_at IS NULL', { hashes })
      .orderBy('membership.created_at', 'ASC')
      .addOrderBy('membership.id', 'ASC');
    this.reach.limitList(qb, 'membership.profile_id', principal);
    const rows = visibleTo(principal, await qb.getMany());
    return memberships.map((membership) =>
      rows.filter((row) => row.programmeId === membership.programmeId && row.numberHash === membership.numberHash && row.profileId !== membership.profileId),
    );
  }

  async list(args: SupplierMembershipListArgs, principal: Principal): Promise<ListPage<SupplierMembership>> {
    const filter = args.filter ?? {};
    const qb = this.dataSource.getRepository(SupplierMembership).createQueryBuilder('membership').where('membership.erased_at IS NULL');
    if (isPartner(principal)) qb.andWhere('membership.context <> :leisure', { leisure: MembershipContext.LEISURE });
    this.reach.limitList(qb, 'membership.profile_id', principal);
    if (filter.profileId) await this.reach.assertMayName([filter.profileId], principal);
    if (filter.ids) qb.andWhere('membership.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [''] });
    if (filter.profileId) qb.andWhere('membership.profile_id = :profileId', { profileId: filter.profileId });
    if (filter.programmeId) qb.andWhere('membership.programme_id = :programmeId', { programmeId: filter.programmeId });
    if (filter.sector) qb.andWhere('membership.sector = :sector', { sector: filter.sector });
    if (filter.tier) qb.andWhere('membership.tier = :tier', { tier: filter.tier });
    if (filter.status) qb.andWhere('membership.status = :status', { status: filter.status });
    if (filter.expiringBefore) qb.andWhere('membership.expires_on <= :expiringBefore', { expiringBefore: filter.expiringBefore });
    if (filter.number) this.filterByNumber(qb, filter.number, filter.programmeId, principal);
    return paginate(qb, {
      sortProperty: args.sort?.field ?? SupplierMembershipSortField.CREATED_AT,
      direction: args.sort?.direction ?? SortDirection.ASC,
      page: args.page ?? { limit: 25 },
    });
  }

  /** A match tells whether a number is held, so only those who may read full numbers may ask; never in clear, by keyed hash. */
  private filterByNumber(qb: SelectQueryBuilder<SupplierMembership>, number: string, programmeId: string | undefined, principal: Principal): void {
    if (!hasScopes(principal, [[LOYALTY_SCOPES.readNumbers]])) throw new ForbiddenError('Filtering by filter.number needs the loyalty.numbers:read scope');
    if (!programmeId)
      throw ValidationFailedError.single(
        'filter.programmeId',
        'requiredWithNumber',
        'must be given with filter.number: numbers are matched within one programme',
      );
    qb.andWhere('membership.number_hash = :numberHash', { numberHash: this.numbers.hashOf(number) });
  }

  async add(input: AddSupplierMembershipInput, principal: Principal): Promise<SupplierMembership> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.reach.assertMayWrite(manager, input.profileId, principal);
      const programme = await manager.getRepository(SupplierProgramme).findOne({ where: { id: input.programmeId } });
      if (!programme) throw ValidationFailedError.single('input.programmeId', 'exists', 'is not a supplier programme');
      if (!programme.active) throw ValidationFailedError.single('input.programmeId', 'activeProgramme', 'is a programme that takes no new memberships');
      const now = new Date();
      const membership = Object.assign(new SupplierMembership(), {
        id: uuid7(),
        profileId: input.profileId,
        programmeId: programme.id,
        sector: programme.sector,
        tier: null,
        tierExpiresOn: null,
        expiresOn: null,
        points: null,
        pointsReadOn: null,
        status: MembershipStatus.ACTIVE,
        context: MembershipContext.BUSINESS,
        primarySector: null,
        erasedAt: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      this.apply(membership, input, programme, principal);
      await this.assertNotHeldAlready(manager, membership);
      if (membership.primarySector) await this.demotePrimary(manager, membership);
      await manager.getRepository(SupplierMembership).insert(membership);
      return membership;
    });
  }

  /** A stale expectedVersion is CONFLICT, never a lost update; a partner may change only what it can see, and never into leisure. */
  async update(id: string, input: UpdateSupplierMembershipInput, principal: Principal): Promise<SupplierMembership> {
    return inTransaction(this.dataSource, async (manager) => {
      const membership = await this.visibleForWrite(manager, id, principal);
      if (input.status === MembershipStatus.CLOSED)
        throw ValidationFailedError.single('input.status', 'notClosed', 'must be ACTIVE or SUSPENDED; close a membership with closeSupplierMembership');
      if (membership.status === MembershipStatus.CLOSED) throw new ConflictError(`SupplierMembership ${id} is closed`, { id });
      const programme = (await manager.getRepository(SupplierProgramme).findOne({ where: { id: membership.programmeId } }))!;
      await claimVersion(manager, SupplierMembership, 'SupplierMembership', id, input.expectedVersion);
      const numberChanged = input.number !== undefined;
      this.apply(membership, input, programme, principal);
      if (input.status) membership.status = input.status;
      if (numberChanged) await this.assertNotHeldAlready(manager, membership);
      if (membership.primarySector) await this.demotePrimary(manager, membership);
      return this.save(manager, membership, input.expectedVersion + 1);
    });
  }

  /** Closing keeps the membership on file (its history and number stay); it stops being primary. */
  async close(id: string, expectedVersion: number, principal: Principal): Promise<SupplierMembership> {
    return inTransaction(this.dataSource, async (manager) => {
      const membership = await this.visibleForWrite(manager, id, principal);
      await claimVersion(manager, SupplierMembership, 'SupplierMembership', id, expectedVersion);
      membership.status = MembershipStatus.CLOSED;
      membership.primarySector = null;
      return this.save(manager, membership, expectedVersion + 1);
    });
  }

  private async visibleForWrite(manager: EntityManager, id: string, principal: Principal): Promise<SupplierMembership> {
    const membership = await manager.getRepository(SupplierMembership).findOne({ where: { id, erasedAt: IsNull() } });
    if (!membership || visibleTo(principal, [membership]).length === 0) throw new NotFoundError('SupplierMembership', id);
    await this.reach.assertMayWrite(manager, membership.profileId, principal);
    return membership;
  }

  private async save(manager: EntityManager, membership: SupplierMembership, version: number): Promise<SupplierMembership> {
    membership.updatedAt = new Date();
    const { id, version: _version, createdAt: _createdAt, ...columns } = membership;
    await manager.getRepository(SupplierMembership).update({ id }, columns);
    membership.version = version;
    return membership;
  }

  /** Applies the fields given and checks them against the programme, every violation at once. */
  private apply(membership: SupplierMembership, input: SupplierMembershipFieldsInput, programme: SupplierProgramme, principal: Principal): void {
    const violations: FieldViolation[] = [];
    if (input.number !== undefined) {
      const number = EncryptedNumbers.normalise(input.number);
      const violation = numberViolation(programme.numberFormat, number, 'input.number');
      if (violation) violations.push(violation);
      else this.numbers.seal(membership, number);
    }
    if (input.tier !== undefined) {
      membership.tier = input.tier?.trim() || null;
      if (membership.tier && !programme.tierNames.includes(membership.tier))
        violations.push({ field: 'input.tier', rule: 'programmeTier', message: `must be one of the programme's tiers: ${programme.tierNames.join(', ')}` });
    }
    if (input.tierExpiresOn !== undefined) membership.tierExpiresOn = input.tierExpiresOn ?? null;
    if (input.expiresOn !== undefined) membership.expiresOn = input.expiresOn ?? null;
    if (input.points !== undefined) {
      membership.points = input.points ?? null;
      membership.pointsReadOn = input.points === null ? null : (input.pointsReadOn ?? utcToday());
    } else if (input.pointsReadOn !== undefined) membership.pointsReadOn = input.pointsReadOn ?? null;
    if (membership.pointsReadOn && membership.pointsReadOn > utcToday())
      violations.push({ field: 'input.pointsReadOn', rule: 'notFuture', message: 'must not be in the future' });
    if (input.context) {
      if (isPartner(principal) && input.context === MembershipContext.LEISURE)
        violations.push({ field: 'input.context', rule: 'partnerContext', message: 'partner systems may not record leisure memberships' });
      membership.context = input.context;
    }
    if (input.primary !== undefined && input.primary !== null) membership.primarySector = input.primary ? membership.sector : null;
    if (violations.length) throw new ValidationFailedError(violations);
  }

  private async assertNotHeldAlready(manager: EntityManager, membership: SupplierMembership): Promise<void> {
    const held = await manager.getRepository(SupplierMembership).exists({
      where: {
        profileId: membership.profileId,
        programmeId: membership.programmeId,
        numberHash: membership.numberHash,
        id: Not(membership.id),
        erasedAt: IsNull(),
        status: Not(MembershipStatus.CLOSED),
      },
    });
    if (held) throw new ConflictError('The traveller already holds this membership number of this programme', { field: 'input.number' });
  }

  /** The traveller's previous primary membership of the sector stops being primary (and gets a new version). */
  private async demotePrimary(manager: EntityManager, membership: SupplierMembership): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(SupplierMembership)
      .set({ primarySector: null, version: () => 'version + 1', updatedAt: new Date() })
      .where('profile_id = :profileId AND primary_sector = :sector AND id <> :id', {
        profileId: membership.profileId,
        sector: membership.sector,
        id: membership.id,
      })
      .execute();
  }
}
