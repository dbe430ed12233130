import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

// The profiles subgraph owns travel preferences; these mirror just what compliance reads of them (same names and values).

export enum TravelContext {
  BUSINESS = 'BUSINESS',
  LEISURE = 'LEISURE',
  ANY = 'ANY',
}
registerEnumType(TravelContext, { name: 'TravelContext' });

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

export enum PreferenceStance {
  PREFERRED = 'PREFERRED',
  AVOIDED = 'AVOIDED',
  REQUIRED = 'REQUIRED',
}
registerEnumType(PreferenceStance, { name: 'PreferenceStance' });

@ObjectType()
@Directive('@shareable')
export class TravelPreference {
  @Field(() => PreferenceCategory)
  category: PreferenceCategory;

  @Field()
  value: string;

  @Field(() => PreferenceStance)
  stance: PreferenceStance;

  @Field(() => TravelContext)
  context: TravelContext;
}
