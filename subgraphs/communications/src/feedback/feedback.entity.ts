import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classification, Classified } from '@wayfarer/kit';
import { InteractionChannel } from '../interactions/interaction-kinds';

export enum FeedbackProductType {
  FLIGHT = 'FLIGHT',
  HOTEL = 'HOTEL',
  CAR = 'CAR',
  RAIL = 'RAIL',
  CRUISE = 'CRUISE',
  TOUR = 'TOUR',
  TRANSFER = 'TRANSFER',
  ACTIVITY = 'ACTIVITY',
  PACKAGE = 'PACKAGE',
  INSURANCE = 'INSURANCE',
  OTHER = 'OTHER',
}
registerEnumType(FeedbackProductType, { name: 'FeedbackProductType', description: 'The kind of tourism product the feedback is about.' });

/** The eight interaction channels, and a survey. */
export const FeedbackChannel = { ...InteractionChannel, SURVEY: 'SURVEY' } as const;
export type FeedbackChannel = (typeof FeedbackChannel)[keyof typeof FeedbackChannel];
registerEnumType(FeedbackChannel, { name: 'FeedbackChannel', description: 'How the opinion reached us: on one of the interaction channels, or in a survey.' });

/** A traveller's opinion of a product or supplier (110680L4: gather customer opinions on tourism products). */
@Entity('feedback')
@ObjectType({ description: 'A traveller’s opinion of a tourism product or supplier.' })
@Directive('@key(fields: "id")')
export class Feedback {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  /** Null once the traveller was erased: the rating stays for the reports, without the person. */
  @Column({ name: 'profile_id', type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: 'Null once the traveller was erased.' })
  profileId: string | null;

  @Column({ name: 'product_type', type: 'varchar', length: 12 })
  @Field(() => FeedbackProductType)
  productType: FeedbackProductType;

  @Column({ name: 'supplier_code', type: 'varchar', length: 20 })
  @Field()
  supplierCode: string;

  @Column({ name: 'supplier_name', type: 'varchar', length: 200 })
  @Field()
  supplierName: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  rating: number;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  @Field(() => String, { nullable: true })
  @Classified(Classification.Personal)
  comment: string | null;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => FeedbackChannel)
  channel: FeedbackChannel;

  @Column({ name: 'booking_reference', type: 'varchar', length: 40, nullable: true })
  @Field(() => String, { nullable: true })
  @Classified(Classification.Identifier)
  bookingReference: string | null;

  @Column({ name: 'given_at', type: 'datetime', precision: 3 })
  @Field({ description: 'When the traveller gave it.' })
  givenAt: Date;

  @Column({ name: 'recorded_by_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  recordedById: string;

  @Column({ name: 'erased_at', type: 'datetime', precision: 3, nullable: true })
  erasedAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field()
  createdAt: Date;
}
