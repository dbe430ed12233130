import { Column, Entity } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@wayfarer/kit';
import { NumberedProfileDocument } from './profile-document';

export enum VisaEntryType {
  SINGLE = 'SINGLE',
  DOUBLE = 'DOUBLE',
  MULTIPLE = 'MULTIPLE',
  ESTA = 'ESTA',
  ETA = 'ETA',
  SCHENGEN = 'SCHENGEN',
}
registerEnumType(VisaEntryType, { name: 'VisaEntryType', description: 'Entries allowed, or the electronic authorisation scheme.' });

@Entity('visas')
@ObjectType({ description: 'A visa or electronic travel authorisation.' })
export class Visa extends NumberedProfileDocument {
  @Column({ type: 'varchar', length: 2 })
  @Field({ description: 'The issuing country, ISO 3166-1 alpha-2' })
  country: string;

  @Column({ name: 'entry_type', type: 'varchar', length: 16 })
  @Field(() => VisaEntryType)
  entryType: VisaEntryType;

  @Column({ name: 'valid_from', type: 'date' })
  @Field(() => DateScalar)
  validFrom: string;

  @Column({ name: 'valid_until', type: 'date' })
  @Field(() => DateScalar)
  validUntil: string;

  @Column({ name: 'authorised_stay_days', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Days of stay allowed per entry.' })
  authorisedStayDays: number | null;
}
