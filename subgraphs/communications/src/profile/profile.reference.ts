import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The profiles subgraph's traveller, extended here with the traveller’s timeline of conversations, undertakings, complaints and feedback. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Profile {
  @Field(() => ID)
  id: string;
}
