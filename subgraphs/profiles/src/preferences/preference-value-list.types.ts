import { Field, ObjectType } from 'type-graphql';
import { PreferenceCategory } from './travel-preference.entity';

@ObjectType({ description: 'The values a category with a fixed list accepts; the other categories take a code (IATA, GDS, ACRISS) or free text.' })
export class PreferenceValueList {
  @Field(() => PreferenceCategory)
  category: PreferenceCategory;

  @Field(() => [String])
  values: string[];
}
