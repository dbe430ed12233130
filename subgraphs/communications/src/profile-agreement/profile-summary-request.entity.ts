import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

/** A profile summary sent to a traveller to agree (PPLTT26 PC6), and their answer: the link's token names it, so it is answered once. */
@Entity('profile_summary_requests')
@ObjectType({ description: 'A profile summary e-mailed to the traveller to confirm, and whether they have.' })
export class ProfileSummaryRequest {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  /** Null once the traveller is erased. */
  @Column({ name: 'profile_id', type: 'varchar', length: 36, nullable: true })
  profileId: string | null;

  /** The consultant who sent it: corrections the traveller asks for become their undertaking. */
  @Column({ name: 'sent_by', type: 'varchar', length: 36 })
  sentBy: string;

  @Column({ name: 'sent_at', type: 'datetime', precision: 3 })
  @Field()
  sentAt: Date;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  @Field({ description: 'The link cannot be followed after this.' })
  expiresAt: Date;

  @Column({ type: 'varchar', length: 8 })
  @Field({ description: 'The language the summary was written in: en or zh.' })
  language: string;

  @Column({ name: 'answered_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the traveller confirmed the profile through the link.' })
  answeredAt: Date | null;

  @Column({ name: 'correction_undertaking_id', type: 'varchar', length: 36, nullable: true })
  correctionUndertakingId: string | null;
}
