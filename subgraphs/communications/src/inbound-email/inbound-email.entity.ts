import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { InboundEmailAttachment, InboundEmailStatus, TriageReason } from './inbound-email.types';

/**
 * An e-mail received at the capture address. Subject, body and addresses are personal data: their
 * GraphQL fields are declared classified in InboundEmailResolver. The message-id's hash is unique,
 * so a message delivered twice is captured once.
 */
@Entity('inbound_emails')
@ObjectType({ description: 'An e-mail sent or forwarded to the capture address: filed on a traveller’s timeline, or waiting in triage.' })
export class InboundEmail {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  /** SHA-256 of the Message-ID header, hex: a Message-ID may be longer than an index allows. */
  @Column({ name: 'message_id_hash', type: 'varchar', length: 64 })
  messageIdHash: string;

  @Column({ name: 'message_id', type: 'varchar', length: 998 })
  @Field({ description: 'The Message-ID header.' })
  messageId: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => InboundEmailStatus)
  status: InboundEmailStatus;

  @Column({ name: 'triage_reason', type: 'varchar', length: 32, nullable: true })
  @Field(() => TriageReason, { nullable: true, description: 'Why it waited in triage.' })
  triageReason: TriageReason | null;

  /** Null once the traveller is erased. */
  @Column({ name: 'from_address', type: 'varchar', length: 320, nullable: true })
  fromAddress: string | null;

  /** The original sender of a forwarded message; null for one sent directly. */
  @Column({ name: 'original_sender', type: 'varchar', length: 320, nullable: true })
  originalSender: string | null;

  @Column({ type: 'varchar', length: 998, nullable: true })
  subject: string | null;

  @Column({ name: 'text_body', type: 'text', nullable: true })
  textBody: string | null;

  @Column({ type: 'simple-json' })
  @Field(() => [InboundEmailAttachment])
  attachments: InboundEmailAttachment[];

  @Column({ name: 'sent_at', type: 'datetime', precision: 3 })
  @Field({ description: 'The Date header, or when it arrived if it had none.' })
  sentAt: Date;

  @Column({ name: 'received_at', type: 'datetime', precision: 3 })
  @Field()
  receivedAt: Date;

  @Column({ name: 'profile_id', type: 'varchar', length: 36, nullable: true })
  profileId: string | null;

  @Column({ name: 'interaction_id', type: 'varchar', length: 36, nullable: true })
  interactionId: string | null;

  /** Who assigned or discarded it from triage. */
  @Column({ name: 'handled_by', type: 'varchar', length: 100, nullable: true })
  handledBy: string | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send it back as expectedVersion when assigning or discarding.' })
  version: number;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field()
  updatedAt: Date;
}
