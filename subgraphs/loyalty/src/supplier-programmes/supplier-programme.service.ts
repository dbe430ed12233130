import { DataSource, In } from 'typeorm';
import { inTransaction, ListPage, NotFoundError, paginate, prefixRange, searchKey, SortDirection, updateWithVersion, uuid7 } from '@wayfarer/kit';
import { SupplierProgramme } from './supplier-programme.entity';
import { SupplierProgrammeListArgs, SupplierProgrammeSortField } from './supplier-programme-list.args';
import { SupplierProgrammeFieldsInput, CreateSupplierProgrammeInput, UpdateSupplierProgrammeInput } from './supplier-programme.input';

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
    const qb = this.dataSource.getRepository(SupplierProgramme).createQueryBuilder('supplierProgramme');
    if (filter.ids) qb.andWhere('supplierProgramme.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [''] });
    const key = filter.search ? searchKey(filter.search) : '';
    if (key) {
      const { from, to } = prefixRange(key);
      qb.andWhere('supplierProgramme.name_key >= :from AND supplierProgramme.name_key < :to', { from, to });
    }
    return paginate(qb, {
      sortProperty: args.sort?.field ?? SupplierProgrammeSortField.NAME,
      direction: args.sort?.direction ?? SortDirection.ASC,
      page: args.page ?? { limit: 25 },
    });
  }

  async create(input: CreateSupplierProgrammeInput): Promise<SupplierProgramme> {
    const now = new Date();
    const supplierProgramme = Object.assign(new SupplierProgramme(), { id: uuid7(), contactEmail: null, version: 1, createdAt: now, updatedAt: now });
    this.apply(supplierProgramme, input);
    await this.dataSource.getRepository(SupplierProgramme).insert(supplierProgramme);
    return supplierProgramme;
  }

  /** A stale expectedVersion is CONFLICT (updateWithVersion checks it in the UPDATE itself), never a lost update. */
  async update(id: string, input: UpdateSupplierProgrammeInput): Promise<SupplierProgramme> {
    return inTransaction(this.dataSource, async (manager) => {
      const supplierProgramme = await manager.getRepository(SupplierProgramme).findOne({ where: { id } });
      if (!supplierProgramme) throw new NotFoundError('SupplierProgramme', id);
      this.apply(supplierProgramme, input);
      supplierProgramme.updatedAt = new Date();
      const { id: _id, version: _version, createdAt: _createdAt, ...columns } = supplierProgramme;
      await updateWithVersion(manager, SupplierProgramme, 'SupplierProgramme', id, input.expectedVersion, columns);
      supplierProgramme.version = input.expectedVersion + 1;
      return supplierProgramme;
    });
  }

  private apply(supplierProgramme: SupplierProgramme, input: SupplierProgrammeFieldsInput): void {
    if (input.name !== undefined) supplierProgramme.name = input.name.trim();
    if (input.contactEmail !== undefined) supplierProgramme.contactEmail = input.contactEmail?.trim().toLowerCase() || null;
    supplierProgramme.nameKey = searchKey(supplierProgramme.name);
  }
}
