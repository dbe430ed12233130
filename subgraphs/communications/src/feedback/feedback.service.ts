import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import { inTransaction, ListPage, paginate, SortDirection, uuid7, ValidationFailedError } from '@wayfarer/kit';
import { Feedback, FeedbackChannel, FeedbackProductType } from './feedback.entity';
import { RecordFeedbackInput } from './feedback.input';
import {
  FeedbackAggregate,
  FeedbackListArgs,
  FeedbackSortField,
  FeedbackSummary,
  FeedbackSummaryFilter,
  ProductFeedbackAggregate,
  SupplierFeedbackAggregate,
} from './feedback-list.args';
import { Timeline } from '../timeline/timeline';
import { TimelineKind } from '../timeline/timeline-kind';

const DAY_MS = 86_400_000;
const RATINGS = [1, 2, 3, 4, 5];

interface RatingGroup {
  productType: FeedbackProductType;
  supplierCode: string;
  supplierName: string;
  rating: number;
  count: number;
  lastGivenAt: number;
}

/** Count, average and distribution of some rating groups. */
function aggregate(groups: readonly RatingGroup[]): FeedbackAggregate {
  const count = groups.reduce((sum, group) => sum + group.count, 0);
  const total = groups.reduce((sum, group) => sum + group.rating * group.count, 0);
  return {
    count,
    averageRating: count ? Math.round((total / count) * 100) / 100 : null,
    distribution: RATINGS.map((rating) => ({ rating, count: groups.filter((group) => group.rating === rating).reduce((sum, group) => sum + group.count, 0) })),
  };
}

function groupedBy<K>(groups: readonly RatingGroup[], key: (group: RatingGroup) => K): Map<K, RatingGroup[]> {
  const result = new Map<K, RatingGroup[]>();
  for (const group of groups) result.set(key(group), [...(result.get(key(group)) ?? []), group]);
  return result;
}

const rawTime = (value: Date | string): number => (value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`)).getTime();

export class FeedbackService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly timeline: Timeline,
  ) {}

  async findByIds(ids: readonly string[]): Promise<Feedback[]> {
    return ids.length ? this.dataSource.getRepository(Feedback).find({ where: { id: In([...ids]) } }) : [];
  }

  async list(args: FeedbackListArgs): Promise<ListPage<Feedback>> {
    const filter = args.filter ?? {};
    const qb = this.filtered(filter);
    if (filter.ids) qb.andWhere('feedback.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [''] });
    if (filter.profileId) qb.andWhere('feedback.profile_id = :profileId', { profileId: filter.profileId });
    if (filter.rating) qb.andWhere('feedback.rating = :rating', { rating: filter.rating });
    return paginate(qb, {
      sortProperty: args.sort?.field ?? FeedbackSortField.GIVEN_AT,
      direction: args.sort?.direction ?? (args.sort ? SortDirection.ASC : SortDirection.DESC),
      page: args.page ?? { limit: 25 },
    });
  }

  async record(input: RecordFeedbackInput, callerId: string): Promise<Feedback> {
    const now = new Date();
    if (input.givenAt && input.givenAt.getTime() > now.getTime())
      throw ValidationFailedError.single('input.givenAt', 'notInFuture', 'must not be in the future');
    const feedback = Object.assign(new Feedback(), {
      id: uuid7(),
      profileId: input.profileId,
      productType: input.productType,
      supplierCode: input.supplierCode,
      supplierName: input.supplierName.trim(),
      rating: input.rating,
      comment: input.comment?.trim() ?? null,
      channel: input.channel,
      bookingReference: input.bookingReference?.trim() ?? null,
      givenAt: input.givenAt ?? now,
      recordedById: callerId,
      erasedAt: null,
      createdAt: now,
    });
    return inTransaction(this.dataSource, async (manager) => {
      await manager.getRepository(Feedback).insert(feedback);
      await this.timeline.record(manager, {
        kind: TimelineKind.FEEDBACK,
        id: feedback.id,
        profileId: input.profileId,
        occurredAt: feedback.givenAt,
        // The timeline's channels are the interaction channels: a survey has none of them.
        channel: feedback.channel === FeedbackChannel.SURVEY ? null : feedback.channel,
      });
      return feedback;
    });
  }

  /** One grouped read (product, supplier, name, rating), aggregated three ways. */
  async summary(filter: FeedbackSummaryFilter): Promise<FeedbackSummary> {
    const rows = await this.filtered(filter)
      .select('feedback.product_type', 'productType')
      .addSelect('feedback.supplier_code', 'supplierCode')
      .addSelect('feedback.supplier_name', 'supplierName')
      .addSelect('feedback.rating', 'rating')
      .addSelect('COUNT(*)', 'count')
      .addSelect('MAX(feedback.given_at)', 'lastGivenAt')
      .groupBy('feedback.product_type')
      .addGroupBy('feedback.supplier_code')
      .addGroupBy('feedback.supplier_name')
      .addGroupBy('feedback.rating')
      .getRawMany<{
        productType: FeedbackProductType;
        supplierCode: string;
        supplierName: string;
        rating: number | string;
        count: number | string;
        lastGivenAt: Date | string;
      }>();
    const groups: RatingGroup[] = rows.map((row) => ({ ...row, rating: Number(row.rating), count: Number(row.count), lastGivenAt: rawTime(row.lastGivenAt) }));
    const mostFirst = <T extends FeedbackAggregate>(items: T[]) => items.sort((a, b) => b.count - a.count);
    const products = [...groupedBy(groups, (group) => group.productType)].map(([productType, of]): ProductFeedbackAggregate => ({
      productType,
      ...aggregate(of),
    }));
    const suppliers = [...groupedBy(groups, (group) => group.supplierCode)].map(([supplierCode, of]): SupplierFeedbackAggregate => ({
      supplierCode,
      supplierName: of.reduce((latest, group) => (group.lastGivenAt > latest.lastGivenAt ? group : latest)).supplierName,
      ...aggregate(of),
    }));
    return { ...aggregate(groups), products: mostFirst(products), suppliers: mostFirst(suppliers) };
  }

  /** Product, supplier and period conditions; `to` before `from` is refused. */
  private filtered(filter: FeedbackSummaryFilter): SelectQueryBuilder<Feedback> {
    if (filter.from && filter.to && filter.to < filter.from) throw ValidationFailedError.single('filter.to', 'notBeforeFrom', 'must not be before from');
    const qb = this.dataSource.getRepository(Feedback).createQueryBuilder('feedback');
    if (filter.productType) qb.andWhere('feedback.product_type = :productType', { productType: filter.productType });
    if (filter.supplierCode) qb.andWhere('feedback.supplier_code = :supplierCode', { supplierCode: filter.supplierCode });
    if (filter.from) qb.andWhere('feedback.given_at >= :from', { from: new Date(`${filter.from}T00:00:00Z`) });
    if (filter.to) qb.andWhere('feedback.given_at < :to', { to: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + DAY_MS) });
    return qb;
  }
}
