import { Column, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '@wayfarer/kit';
import { NumberedProfileDocument } from './profile-document';

@Entity('travel_insurance_policies')
@ObjectType({ description: 'A travel insurance policy.' })
export class TravelInsurance extends NumberedProfileDocument {
  @Column({ type: 'varchar', length: 100 })
  @Field()
  insurer: string;

  @Column({ name: 'cover_from', type: 'date' })
  @Field(() => DateScalar)
  coverFrom: string;

  @Column({ name: 'cover_until', type: 'date' })
  @Field(() => DateScalar)
  coverUntil: string;

  @Column({ name: 'emergency_phone', type: 'varchar', length: 16, nullable: true })
  @Field(() => String, { nullable: true, description: 'The insurer’s emergency line, E.164.' })
  emergencyPhone: string | null;
}
