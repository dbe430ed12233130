import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum TravelContext {
  BUSINESS = 'BUSINESS',
  LEISURE = 'LEISURE',
  ANY = 'ANY',
}
registerEnumType(TravelContext, { name: 'TravelContext', description: 'Whether a preference applies to business trips, leisure trips or both.' });

export enum PreferenceCategory {
  SEATING = 'SEATING',
  ROOM_TYPE = 'ROOM_TYPE',
  CAR_HIRE = 'CAR_HIRE',
  AIRLINE = 'AIRLINE',
  ALLIANCE = 'ALLIANCE',
  DEPARTURE_AIRPORT = 'DEPARTURE_AIRPORT',
  SMOKING = 'SMOKING',
  MEAL = 'MEAL',
  MOBILITY = 'MOBILITY',
  VISUAL_HEARING = 'VISUAL_HEARING',
  ROUTE = 'ROUTE',
  TRANSPORT_MODE = 'TRANSPORT_MODE',
  SUSTAINABILITY = 'SUSTAINABILITY',
  CABIN_CLASS = 'CABIN_CLASS',
  HOTEL_CHAIN = 'HOTEL_CHAIN',
  RAIL_CLASS = 'RAIL_CLASS',
}
registerEnumType(PreferenceCategory, { name: 'PreferenceCategory' });

/** Diet, mobility and visual / hearing needs reveal health or belief: GDPR Art. 9 special-category data. */
export const SPECIAL_CATEGORIES: ReadonlySet<PreferenceCategory> = new Set([
  PreferenceCategory.MEAL,
  PreferenceCategory.MOBILITY,
  PreferenceCategory.VISUAL_HEARING,
]);

export enum PreferenceStance {
  PREFERRED = 'PREFERRED',
  AVOIDED = 'AVOIDED',
  REQUIRED = 'REQUIRED',
}
registerEnumType(PreferenceStance, { name: 'PreferenceStance' });

@Entity('travel_preferences')
@ObjectType({ description: 'One travel preference of a traveller.' })
@Directive('@shareable')
export class TravelPreference {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'profile_id', type: 'varchar', length: 36 })
  profileId: string;

  @Column({ type: 'varchar', length: 32 })
  @Field(() => PreferenceCategory)
  category: PreferenceCategory;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'A code from the category’s list (IATA, ACRISS, GDS) or, for ROUTE, free text.' })
  value: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => PreferenceStance)
  stance: PreferenceStance;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => TravelContext)
  context: TravelContext;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  notes: string | null;

  /** Kept apart so the special-category rows are read, written and erased as a set. */
  @Column({ type: 'boolean' })
  special: boolean;

  /** The order the traveller gave them in. */
  @Column({ type: 'int' })
  position: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
