import { DataSource, In } from 'typeorm';
import { inTransaction, ListPage, NotFoundError, paginate, prefixRange, searchKey, SortDirection, updateWithVersion, uuid7 } from '@wayfarer/kit';
import { Interaction } from './interaction.entity';
import { InteractionListArgs, InteractionSortField } from './interaction-list.args';
import { InteractionFieldsInput, CreateInteractionInput, UpdateInteractionInput } from './interaction.input';

export class InteractionService {
  constructor(private readonly dataSource: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<Interaction[]> {
    return ids.length ? this.dataSource.getRepository(Interaction).find({ where: { id: In([...ids]) } }) : [];
  }

  async hasAny(): Promise<boolean> {
    return (await this.dataSource.getRepository(Interaction).count({ take: 1 })) > 0;
  }

  async list(args: InteractionListArgs): Promise<ListPage<Interaction>> {
    const filter = args.filter ?? {};
    const qb = this.dataSource.getRepository(Interaction).createQueryBuilder('interaction');
    if (filter.ids) qb.andWhere('interaction.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [''] });
    const key = filter.search ? searchKey(filter.search) : '';
    if (key) {
      const { from, to } = prefixRange(key);
      qb.andWhere('interaction.name_key >= :from AND interaction.name_key < :to', { from, to });
    }
    return paginate(qb, {
      sortProperty: args.sort?.field ?? InteractionSortField.NAME,
      direction: args.sort?.direction ?? SortDirection.ASC,
      page: args.page ?? { limit: 25 },
    });
  }

  async create(input: CreateInteractionInput): Promise<Interaction> {
    const now = new Date();
    const interaction = Object.assign(new Interaction(), { id: uuid7(), contactEmail: null, version: 1, createdAt: now, updatedAt: now });
    this.apply(interaction, input);
    await this.dataSource.getRepository(Interaction).insert(interaction);
    return interaction;
  }

  /** A stale expectedVersion is CONFLICT (updateWithVersion checks it in the UPDATE itself), never a lost update. */
  async update(id: string, input: UpdateInteractionInput): Promise<Interaction> {
    return inTransaction(this.dataSource, async (manager) => {
      const interaction = await manager.getRepository(Interaction).findOne({ where: { id } });
      if (!interaction) throw new NotFoundError('Interaction', id);
      this.apply(interaction, input);
      interaction.updatedAt = new Date();
      const { id: _id, version: _version, createdAt: _createdAt, ...columns } = interaction;
      await updateWithVersion(manager, Interaction, 'Interaction', id, input.expectedVersion, columns);
      interaction.version = input.expectedVersion + 1;
      return interaction;
    });
  }

  private apply(interaction: Interaction, input: InteractionFieldsInput): void {
    if (input.name !== undefined) interaction.name = input.name.trim();
    if (input.contactEmail !== undefined) interaction.contactEmail = input.contactEmail?.trim().toLowerCase() || null;
    interaction.nameKey = searchKey(interaction.name);
  }
}
