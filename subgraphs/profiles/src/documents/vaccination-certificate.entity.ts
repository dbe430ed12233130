import { Column, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '@wayfarer/kit';
import { NumberedProfileDocument } from './profile-document';

@Entity('vaccination_certificates')
@ObjectType({ description: 'A vaccination certificate, e.g. yellow fever.' })
export class VaccinationCertificate extends NumberedProfileDocument {
  @Column({ type: 'varchar', length: 100 })
  @Field()
  disease: string;

  @Column({ name: 'date_given', type: 'date' })
  @Field(() => DateScalar)
  dateGiven: string;

  @Column({ name: 'expiry_date', type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Null when valid for life.' })
  expiryDate: string | null;
}
