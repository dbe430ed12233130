import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MembershipNumberFormat } from './number-format';

export enum SupplierSector {
  AIR = 'AIR',
  HOTEL = 'HOTEL',
  CAR = 'CAR',
  RAIL = 'RAIL',
}
registerEnumType(SupplierSector, {
  name: 'SupplierSector',
  description: 'What a supplier programme’s owner sells: flights, hotel stays, car hire or rail travel.',
});

export enum Alliance {
  STAR_ALLIANCE = 'STAR_ALLIANCE',
  ONEWORLD = 'ONEWORLD',
  SKYTEAM = 'SKYTEAM',
}
registerEnumType(Alliance, { name: 'Alliance', description: 'The airline alliance a frequent-flyer programme belongs to.' });

/** The shape of an owner code per sector, as the offer catalogue and travel policies write them. */
export const OWNER_CODE_FORMAT: Record<SupplierSector, { pattern: RegExp; message: string }> = {
  AIR: { pattern: /^[A-Z0-9]{2}$/, message: 'must be an IATA airline designator of 2 letters or digits' },
  HOTEL: { pattern: /^[A-Z0-9]{2}$/, message: 'must be a 2-character GDS hotel chain code' },
  CAR: { pattern: /^[A-Z0-9]{2}$/, message: 'must be a 2-character car hire supplier code' },
  RAIL: { pattern: /^[A-Z0-9]{2,4}$/, message: 'must be a rail operator code of 2 to 4 letters or digits' },
};

@Entity('supplier_programmes')
@ObjectType({ description: 'A supplier’s loyalty programme (frequent-flyer, hotel, car hire or rail) that travellers’ memberships belong to.' })
@Directive('@key(fields: "id")')
export class SupplierProgramme {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  name: string;

  /** Normalised name: the sort key and the prefix-search key. */
  @Column({ name: 'name_key', type: 'varchar', length: 200 })
  nameKey: string;

  /** Fixed at creation: memberships carry it, so "one primary per traveller and sector" is one unique index. */
  @Column({ type: 'varchar', length: 8 })
  @Field(() => SupplierSector, { description: 'Fixed when the programme is created.' })
  sector: SupplierSector;

  @Column({ name: 'owner_code', type: 'varchar', length: 4 })
  @Field({ description: 'IATA airline designator, GDS hotel chain code, car hire supplier code or rail operator code of the programme’s owner.' })
  ownerCode: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => Alliance, { nullable: true, description: 'Airlines only.' })
  alliance: Alliance | null;

  @Column({ name: 'tier_names', type: 'simple-json' })
  @Field(() => [String], { description: 'Lowest tier first.' })
  tierNames: string[];

  @Column({ name: 'number_format', type: 'simple-json' })
  @Field(() => MembershipNumberFormat)
  numberFormat: MembershipNumberFormat;

  @Column({ type: 'boolean' })
  @Field({ description: 'Inactive programmes take no new memberships; existing ones stay.' })
  active: boolean;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send it back as expectedVersion when updating.' })
  version: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field()
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field()
  updatedAt: Date;
}
