import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { CustomerRequirement, InteractionChannel, InteractionDirection } from './interaction-kinds';

/**
 * One contact with a traveller. The summary and outcome are personal data; their GraphQL fields
 * are resolved by InteractionResolver, which withholds them on confidential interactions (PC16).
 */
@Entity('interactions')
@ObjectType({ description: 'One contact with a traveller on one channel, within a conversation.' })
@Directive('@key(fields: "id")')
export class Interaction {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'conversation_id', type: 'varchar', length: 36 })
  conversationId: string;

  /** Null once the traveller is erased: channel, time, requirement and duration stay for statistics. */
  @Column({ name: 'profile_id', type: 'varchar', length: 36, nullable: true })
  profileId: string | null;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => InteractionChannel)
  channel: InteractionChannel;

  @Column({ type: 'varchar', length: 8 })
  @Field(() => InteractionDirection)
  direction: InteractionDirection;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => CustomerRequirement)
  requirement: CustomerRequirement;

  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 })
  @Field()
  occurredAt: Date;

  @Column({ name: 'duration_seconds', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true })
  durationSeconds: number | null;

  @Column({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ type: 'boolean' })
  @Field({ description: 'Summary and outcome are readable only with communications.confidential:read (PC16).' })
  confidential: boolean;

  @Column({ type: 'boolean' })
  recorded: boolean;

  @Column({ type: 'boolean' })
  monitored: boolean;

  /** When the customer was told of the recording or monitoring and agreed; null when neither happened. */
  @Column({ name: 'customer_agreed_at', type: 'datetime', precision: 3, nullable: true })
  customerAgreedAt: Date | null;

  /** The staff member who told the customer and took the agreement. */
  @Column({ name: 'agreement_taken_by', type: 'varchar', length: 36, nullable: true })
  agreementTakenBy: string | null;

  @Column({ name: 'erased_at', type: 'datetime', precision: 3, nullable: true })
  erasedAt: Date | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send it back as expectedVersion when updating.' })
  version: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field()
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field()
  updatedAt: Date;
}
