import { DataSource, In } from 'typeorm';
import { inTransaction, ListPage, NotFoundError, paginate, prefixRange, searchKey, SortDirection, updateWithVersion, uuid7 } from '@wayfarer/kit';
import { __Entity__ } from './__entity_file__.entity';
import { __Entity__ListArgs, __Entity__SortField } from './__entity_file__-list.args';
import { __Entity__FieldsInput, Create__Entity__Input, Update__Entity__Input } from './__entity_file__.input';

export class __Entity__Service {
  constructor(private readonly dataSource: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<__Entity__[]> {
    return ids.length ? this.dataSource.getRepository(__Entity__).find({ where: { id: In([...ids]) } }) : [];
  }

  async hasAny(): Promise<boolean> {
    return (await this.dataSource.getRepository(__Entity__).count({ take: 1 })) > 0;
  }

  async list(args: __Entity__ListArgs): Promise<ListPage<__Entity__>> {
    const filter = args.filter ?? {};
    const qb = this.dataSource.getRepository(__Entity__).createQueryBuilder('__entity__');
    if (filter.ids) qb.andWhere('__entity__.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [''] });
    const key = filter.search ? searchKey(filter.search) : '';
    if (key) {
      const { from, to } = prefixRange(key);
      qb.andWhere('__entity__.name_key >= :from AND __entity__.name_key < :to', { from, to });
    }
    return paginate(qb, {
      sortProperty: args.sort?.field ?? __Entity__SortField.NAME,
      direction: args.sort?.direction ?? SortDirection.ASC,
      page: args.page ?? { limit: 25 },
    });
  }

  async create(input: Create__Entity__Input): Promise<__Entity__> {
    const now = new Date();
    const __entity__ = Object.assign(new __Entity__(), { id: uuid7(), contactEmail: null, version: 1, createdAt: now, updatedAt: now });
    this.apply(__entity__, input);
    await this.dataSource.getRepository(__Entity__).insert(__entity__);
    return __entity__;
  }

  /** A stale expectedVersion is CONFLICT (updateWithVersion checks it in the UPDATE itself), never a lost update. */
  async update(id: string, input: Update__Entity__Input): Promise<__Entity__> {
    return inTransaction(this.dataSource, async (manager) => {
      const __entity__ = await manager.getRepository(__Entity__).findOne({ where: { id } });
      if (!__entity__) throw new NotFoundError('__Entity__', id);
      this.apply(__entity__, input);
      __entity__.updatedAt = new Date();
      const { id: _id, version: _version, createdAt: _createdAt, ...columns } = __entity__;
      await updateWithVersion(manager, __Entity__, '__Entity__', id, input.expectedVersion, columns);
      __entity__.version = input.expectedVersion + 1;
      return __entity__;
    });
  }

  private apply(__entity__: __Entity__, input: __Entity__FieldsInput): void {
    if (input.name !== undefined) __entity__.name = input.name.trim();
    if (input.contactEmail !== undefined) __entity__.contactEmail = input.contactEmail?.trim().toLowerCase() || null;
    __entity__.nameKey = searchKey(__entity__.name);
  }
}
