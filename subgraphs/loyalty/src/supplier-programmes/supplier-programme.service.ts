import { DataSource, In } from 'typeorm';
import {
  FieldViolation,
  inTransaction,
  ListPage,
  NotFoundError,
  paginate,
  prefixRange,
  searchKey,
  SortDirection,
  updateWithVersion,
  uuid7,
  ValidationFailedError,
} from '@wayfarer/kit';
import { OWNER_CODE_FORMAT, SupplierProgramme, SupplierSector } from './supplier-programme.entity';
import { SupplierProgrammeListArgs, SupplierProgrammeSortField } from './supplier-programme-list.args';
import { CreateSupplierProgrammeInput, SupplierProgrammeFieldsInput, UpdateSupplierProgrammeInput } from './supplier-programme.input';
import { formatViolations } from './number-format';

export class SupplierProgrammeService {
  constructor(private readonly dataSource: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<SupplierProgramme[]> {
    return ids.length ? this.dataSource.getRepository(SupplierProgramme).find({ where: { id: In([...ids]) } }) : [];
  }

  async hasAny(): Promise<boolean> {
    return (await this.dataSource.getRepository(SupplierProgramme).count({ take: 1 })) > 0;
  }

  async list(args: SupplierProgrammeListArgs): Promise<ListPage<SupplierProgramme>> {
    const filter = args.filter ?? {};
    const qb = this.dataSource.getRepository(SupplierProgramme).createQueryBuilder('programme');
    if (filter.ids) qb.andWhere('programme.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [''] });
    if (filter.sector) qb.andWhere('programme.sector = :sector', { sector: filter.sector });
    if (filter.active !== undefined && filter.active !== null) qb.andWhere('programme.active = :active', { active: filter.active });
    const key = filter.search ? searchKey(filter.search) : '';
    if (key) {
      const { from, to } = prefixRange(key);
      qb.andWhere('((programme.name_key >= :from AND programme.name_key < :to) OR programme.owner_code = :ownerCode)', {
        from,
        to,
        ownerCode: filter.search!.trim().toUpperCase(),
      });
    }
    return paginate(qb, {
      sortProperty: args.sort?.field ?? SupplierProgrammeSortField.NAME,
      direction: args.sort?.direction ?? SortDirection.ASC,
      page: args.page ?? { limit: 25 },
    });
  }

  async create(input: CreateSupplierProgrammeInput): Promise<SupplierProgramme> {
    const now = new Date();
    const programme = Object.assign(new SupplierProgramme(), {
      id: uuid7(),
      sector: input.sector,
      alliance: null,
      active: true,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    this.apply(programme, input);
    await this.dataSource.getRepository(SupplierProgramme).insert(programme);
    return programme;
  }

  /** A stale expectedVersion is CONFLICT (updateWithVersion checks it in the UPDATE itself), never a lost update. */
  async update(id: string, input: UpdateSupplierProgrammeInput): Promise<SupplierProgramme> {
    return inTransaction(this.dataSource, async (manager) => {
      const programme = await manager.getRepository(SupplierProgramme).findOne({ where: { id } });
      if (!programme) throw new NotFoundError('SupplierProgramme', id);
      this.apply(programme, input);
      programme.updatedAt = new Date();
      const { id: _id, version: _version, createdAt: _createdAt, ...columns } = programme;
      await updateWithVersion(manager, SupplierProgramme, 'SupplierProgramme', id, input.expectedVersion, columns);
      programme.version = input.expectedVersion + 1;
      return programme;
    });
  }

  /** Applies the fields given, then checks what the declarations on the input cannot: the owner code's shape for the sector, the alliance, the format. */
  private apply(programme: SupplierProgramme, input: SupplierProgrammeFieldsInput): void {
    if (input.name !== undefined) programme.name = input.name.trim();
    if (input.ownerCode !== undefined) programme.ownerCode = input.ownerCode.trim().toUpperCase();
    if (input.alliance !== undefined) programme.alliance = input.alliance ?? null;
    if (input.tierNames !== undefined) programme.tierNames = input.tierNames.map((tier) => tier.trim());
    if (input.numberFormat !== undefined) programme.numberFormat = { ...input.numberFormat, pattern: input.numberFormat.pattern || null };
    if (input.active !== undefined && input.active !== null) programme.active = input.active;
    programme.nameKey = searchKey(programme.name);

    const violations: FieldViolation[] = [];
    const ownerCode = OWNER_CODE_FORMAT[programme.sector];
    if (!ownerCode.pattern.test(programme.ownerCode)) violations.push({ field: 'input.ownerCode', rule: 'ownerCodeFormat', message: ownerCode.message });
    if (programme.alliance && programme.sector !== SupplierSector.AIR)
      violations.push({ field: 'input.alliance', rule: 'allianceSector', message: 'only airline programmes belong to an alliance' });
    violations.push(...formatViolations(programme.numberFormat, 'input.numberFormat'));
    if (violations.length) throw new ValidationFailedError(violations);
  }
}
