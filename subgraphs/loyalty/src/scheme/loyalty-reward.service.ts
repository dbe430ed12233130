import { DataSource, EntityManager, In } from 'typeorm';
import {
  ConflictError,
  inTransaction,
  ListPage,
  NotFoundError,
  paginate,
  prefixRange,
  searchKey,
  SortDirection,
  updateWithVersion,
  uuid7,
} from '@wayfarer/kit';
import { LoyaltyReward } from './loyalty-reward.entity';
import {
  CreateLoyaltyRewardInput,
  LoyaltyRewardFieldsInput,
  LoyaltyRewardListArgs,
  LoyaltyRewardSortField,
  UpdateLoyaltyRewardInput,
} from './loyalty-reward.input';

export class LoyaltyRewardService {
  constructor(private readonly dataSource: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<LoyaltyReward[]> {
    return ids.length ? this.dataSource.getRepository(LoyaltyReward).find({ where: { id: In([...ids]) } }) : [];
  }

  async list(args: LoyaltyRewardListArgs): Promise<ListPage<LoyaltyReward>> {
    const filter = args.filter ?? {};
    const qb = this.dataSource.getRepository(LoyaltyReward).createQueryBuilder('reward');
    if (filter.ids) qb.andWhere('reward.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [''] });
    if (filter.active !== undefined) qb.andWhere('reward.active = :active', { active: filter.active });
    const key = filter.search ? searchKey(filter.search) : '';
    if (key) {
      const { from, to } = prefixRange(key);
      qb.andWhere('reward.name_key >= :from AND reward.name_key < :to', { from, to });
    }
    return paginate(qb, {
      sortProperty: args.sort?.field ?? LoyaltyRewardSortField.NAME,
      direction: args.sort?.direction ?? SortDirection.ASC,
      page: args.page ?? { limit: 25 },
    });
  }

  async create(input: CreateLoyaltyRewardInput): Promise<LoyaltyReward> {
    const now = new Date();
    const reward = Object.assign(new LoyaltyReward(), { id: uuid7(), stock: null, active: true, version: 1, createdAt: now, updatedAt: now });
    this.apply(reward, input);
    await this.dataSource.getRepository(LoyaltyReward).insert(reward);
    return reward;
  }

  async update(id: string, input: UpdateLoyaltyRewardInput): Promise<LoyaltyReward> {
    return inTransaction(this.dataSource, async (manager) => {
      const reward = await manager.getRepository(LoyaltyReward).findOne({ where: { id } });
      if (!reward) throw new NotFoundError('LoyaltyReward', id);
      this.apply(reward, input);
      reward.updatedAt = new Date();
      const { id: _id, version: _version, createdAt: _createdAt, ...columns } = reward;
      await updateWithVersion(manager, LoyaltyReward, 'LoyaltyReward', id, input.expectedVersion, columns);
      reward.version = input.expectedVersion + 1;
      return reward;
    });
  }

  /**
   * One of a reward's stock, in the redemption's transaction: the check is in the UPDATE itself,
   * so stock never goes below zero however many redeem at once. The version moves, so a staff
   * edit based on the count before answers CONFLICT instead of overwriting it.
   */
  async takeOne(manager: EntityManager, reward: LoyaltyReward): Promise<void> {
    if (reward.stock === null) return;
    const result = await manager
      .createQueryBuilder()
      .update(LoyaltyReward)
      .set({ stock: () => 'stock - 1', version: () => 'version + 1' })
      .where('id = :id AND stock > 0', { id: reward.id })
      .execute();
    if (result.affected !== 1) throw new ConflictError(`${reward.name} is out of stock`, { field: 'input.rewardId', rule: 'inStock' });
  }

  /** A reversed redemption's reward goes back into stock (unlimited stays unlimited). */
  async putBack(manager: EntityManager, rewardId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(LoyaltyReward)
      .set({ stock: () => 'stock + 1', version: () => 'version + 1' })
      .where('id = :id AND stock IS NOT NULL', { id: rewardId })
      .execute();
  }

  private apply(reward: LoyaltyReward, input: LoyaltyRewardFieldsInput): void {
    if (input.name !== undefined) reward.name = input.name.trim();
    if (input.pointsPrice !== undefined) reward.pointsPrice = input.pointsPrice;
    if (input.stock !== undefined) reward.stock = input.stock;
    if (input.active !== undefined) reward.active = input.active;
    reward.nameKey = searchKey(reward.name);
  }
}
