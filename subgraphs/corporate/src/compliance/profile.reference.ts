import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { TravelPreference } from './travel-preference.type';

/** The profiles subgraph's traveller, extended here with employment and policy compliance. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Profile {
  @Field(() => ID)
  id: string;

  @Field(() => [TravelPreference])
  @Directive('@external')
  travelPreferences?: TravelPreference[];
}
