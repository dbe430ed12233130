import { Column, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '@wayfarer/kit';
import { ProfileDocument } from './profile-document';

@Entity('entry_endorsements')
@ObjectType({ description: 'A restriction or condition on entering a country, endorsed on the traveller’s documents.' })
export class EntryEndorsement extends ProfileDocument {
  @Column({ type: 'varchar', length: 2 })
  @Field({ description: 'ISO 3166-1 alpha-2' })
  country: string;

  @Column({ type: 'varchar', length: 500 })
  @Field()
  description: string;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  validUntil: string | null;
}
