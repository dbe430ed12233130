import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, EncryptedNumberColumns } from '@wayfarer/kit';

@Entity('passports')
@ObjectType()
export class Passport extends EncryptedNumberColumns {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'profile_id', type: 'varchar', length: 36 })
  profileId: string;

  @Column({ name: 'issuing_country', type: 'varchar', length: 2 })
  @Field({ description: 'ISO 3166-1 alpha-2' })
  issuingCountry: string;

  @Column({ type: 'varchar', length: 2, nullable: true })
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  nationality: string | null;

  @Column({ name: 'issue_date', type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  issueDate: string | null;

  @Column({ name: 'expiry_date', type: 'date' })
  @Field(() => DateScalar)
  expiryDate: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
