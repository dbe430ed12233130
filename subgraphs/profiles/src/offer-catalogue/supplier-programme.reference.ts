import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

// The loyalty subgraph owns supplier programmes; this mirrors just what the offer flag reads of them (same names and values).

export enum SupplierSector {
  AIR = 'AIR',
  HOTEL = 'HOTEL',
  CAR = 'CAR',
  RAIL = 'RAIL',
}
registerEnumType(SupplierSector, { name: 'SupplierSector' });

/** Loyalty's supplier programme, extended here with whether its owner is in the organisation's offer. */
@ObjectType()
@Directive('@key(fields: "id")')
export class SupplierProgramme {
  @Field(() => ID)
  id: string;

  @Field(() => SupplierSector)
  @Directive('@external')
  sector?: SupplierSector;

  @Field()
  @Directive('@external')
  ownerCode?: string;
}
