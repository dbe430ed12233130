import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

// The loyalty subgraph owns supplier memberships; this mirrors just what the policy flag reads of them (same names and values).

export enum SupplierSector {
  AIR = 'AIR',
  HOTEL = 'HOTEL',
  CAR = 'CAR',
  RAIL = 'RAIL',
}
registerEnumType(SupplierSector, { name: 'SupplierSector' });

/** Loyalty's supplier membership, extended here with whether the traveller's travel policy prefers its supplier. */
@ObjectType()
@Directive('@key(fields: "id")')
export class SupplierMembership {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  @Directive('@external')
  profileId?: string;

  @Field(() => SupplierSector)
  @Directive('@external')
  sector?: SupplierSector;

  @Field()
  @Directive('@external')
  ownerCode?: string;
}
