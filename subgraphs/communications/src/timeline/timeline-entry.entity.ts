import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { InteractionChannel } from '../interactions/interaction-kinds';
import { TimelineKind } from './timeline-kind';

/**
 * One row per thing on a traveller's timeline, whatever feature owns it, written in the same
 * transaction as the thing itself. One table with one index (profile_id, occurred_at, id) makes
 * every page, first or thousandth, one keyset seek of `limit + 1` index entries: exact (no merge
 * of per-kind streams that could skip or repeat rows at equal times) and as fast deep as shallow.
 */
@Entity('timeline_entries')
@ObjectType('TimelineEntry', { description: 'One item on a traveller’s timeline.' })
export class TimelineEntryRow {
  /** The item's own id (uuid7, unique across kinds). */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID, { description: 'The item’s id.' })
  id: string;

  @Column({ type: 'varchar', length: 24 })
  @Field(() => TimelineKind)
  kind: TimelineKind;

  @Column({ name: 'profile_id', type: 'varchar', length: 36 })
  profileId: string;

  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 })
  @Field()
  occurredAt: Date;

  /** The channel, for the kinds that have one. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  @Field(() => InteractionChannel, { nullable: true })
  channel: InteractionChannel | null;
}
