import { ClassType, createUnionType } from 'type-graphql';
import { DataSource, EntityManager } from 'typeorm';
import { DataSubjectErasureOutcome, DataSubjectPart, ListPage, PageInput, paginate, SortDirection, SubgraphContext } from '@wayfarer/kit';
import { TimelineEntryRow } from './timeline-entry.entity';
import { TimelineKind } from './timeline-kind';
import { InteractionChannel } from '../interactions/interaction-kinds';

/** How a feature shows its items on the timeline. */
export interface TimelineKindRegistration<T extends object> {
  kind: TimelineKind;
  /** The item's GraphQL object type: it becomes a member of the `TimelineItem` union. */
  type: ClassType<T>;
  /** The item as the caller may see it, batched per request (the feature's own loader); null when it is gone. */
  load(id: string, context: SubgraphContext): Promise<T | null>;
}

/** What a feature writes, in the transaction that writes the item itself. */
export interface TimelineEntryInput {
  kind: TimelineKind;
  /** The item's id: uuid7, unique across kinds. */
  id: string;
  profileId: string;
  occurredAt: Date;
  channel?: InteractionChannel | null;
}

export interface TimelinePageRequest {
  kinds?: TimelineKind[];
  channels?: InteractionChannel[];
  page: PageInput;
}

// The union's members are the item types registered; every schema registers the same kinds, so one set serves them all.
const itemTypes = new Set<ClassType<object>>();

export const TimelineItem = createUnionType({
  name: 'TimelineItem',
  description: 'An interaction, or another kind of item on the traveller’s timeline.',
  types: () => [...itemTypes] as [ClassType<object>, ...ClassType<object>[]],
});

/**
 * A traveller's timeline across every communications feature. A feature registers its kind once
 * (`register`, in its `resolvers()`), then writes an entry with `record` in the same transaction as
 * each item it creates, `move` when the item's time changes and `remove` when the item goes. Pages
 * read only `timeline_entries` (see TimelineEntryRow for why), then load each item through its
 * kind's registration.
 */
export class Timeline {
  private readonly kinds = new Map<TimelineKind, TimelineKindRegistration<object>>();

  constructor(private readonly dataSource: DataSource) {}

  register<T extends object>(registration: TimelineKindRegistration<T>): void {
    if (this.kinds.has(registration.kind)) throw new Error(`Timeline kind ${registration.kind} is registered twice`);
    this.kinds.set(registration.kind, registration as TimelineKindRegistration<object>);
    itemTypes.add(registration.type);
  }

  async record(manager: EntityManager, entry: TimelineEntryInput): Promise<void> {
    await manager.getRepository(TimelineEntryRow).insert({ ...entry, channel: entry.channel ?? null });
  }

  async move(manager: EntityManager, id: string, occurredAt: Date): Promise<void> {
    await manager.getRepository(TimelineEntryRow).update({ id }, { occurredAt });
  }

  async remove(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length) await manager.getRepository(TimelineEntryRow).delete(ids);
  }

  /** Newest first; one keyset seek on (profile_id, occurred_at, id) whatever the depth. */
  page(profileId: string, request: TimelinePageRequest): Promise<ListPage<TimelineEntryRow>> {
    const qb = this.dataSource.getRepository(TimelineEntryRow).createQueryBuilder('entry').where('entry.profile_id = :profileId', { profileId });
    if (request.kinds) qb.andWhere('entry.kind IN (:...kinds)', { kinds: request.kinds.length ? request.kinds : [''] });
    if (request.channels) qb.andWhere('entry.channel IN (:...channels)', { channels: request.channels.length ? request.channels : [''] });
    return paginate(qb, { sortProperty: 'occurredAt', direction: SortDirection.DESC, page: request.page });
  }

  loadItem(entry: TimelineEntryRow, context: SubgraphContext): Promise<object | null> {
    const registration = this.kinds.get(entry.kind);
    if (!registration) throw new Error(`Timeline kind ${entry.kind} is not registered`);
    return registration.load(entry.id, context);
  }

  /** The entries tie the person to their items; the items' own parts keep or erase the items. */
  readonly subjectPart: DataSubjectPart = {
    name: 'timeline',
    export: async (manager, subjectId) => {
      const entries = await manager.getRepository(TimelineEntryRow).find({ where: { profileId: subjectId }, order: { occurredAt: 'ASC', id: 'ASC' } });
      return entries.length ? entries.map(({ id, kind, occurredAt, channel }) => ({ id, kind, occurredAt, channel })) : null;
    },
    erase: async (manager, subjectId) => {
      const { affected } = await manager.getRepository(TimelineEntryRow).delete({ profileId: subjectId });
      return affected ? DataSubjectErasureOutcome.ERASED : DataSubjectErasureOutcome.NOT_FOUND;
    },
  };
}
