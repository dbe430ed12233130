import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum OfferKind {
  AIRLINE = 'AIRLINE',
  HOTEL_CHAIN = 'HOTEL_CHAIN',
  CAR_HIRE = 'CAR_HIRE',
  RAIL_OPERATOR = 'RAIL_OPERATOR',
  DEPARTURE_AIRPORT = 'DEPARTURE_AIRPORT',
}
registerEnumType(OfferKind, { name: 'OfferKind', description: 'What part of the organisation’s travel offer an entry is.' });

@Entity('offer_catalogue_entries')
@ObjectType({ description: 'A supplier or airport the organisation sells: preferences outside the catalogue are flagged.' })
export class OfferCatalogueEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 32 })
  @Field(() => OfferKind)
  kind: OfferKind;

  @Column({ type: 'varchar', length: 4 })
  @Field({ description: 'IATA airline or airport code, GDS chain code, car hire supplier code, rail operator code.' })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  @Field()
  name: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field()
  createdAt: Date;
}
