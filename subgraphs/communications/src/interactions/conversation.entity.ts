import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

/** The thread a traveller's interactions belong to, whatever channel each took (PC8). */
@Entity('conversations')
@ObjectType({ description: 'Interactions with one traveller on one matter, across channels: a switch of channel keeps the thread.' })
export class Conversation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  /** Null once the traveller is erased: the thread stays for statistics, without the person. */
  @Column({ name: 'profile_id', type: 'varchar', length: 36, nullable: true })
  profileId: string | null;

  @Column({ name: 'opened_at', type: 'datetime', precision: 3 })
  @Field()
  openedAt: Date;

  @Column({ name: 'opened_by', type: 'varchar', length: 36 })
  openedBy: string;

  @Column({ name: 'last_interaction_at', type: 'datetime', precision: 3 })
  @Field()
  lastInteractionAt: Date;
}
