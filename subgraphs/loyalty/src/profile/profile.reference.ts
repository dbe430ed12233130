import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The profiles subgraph's traveller, extended here with supplier memberships and the scheme membership. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Profile {
  @Field(() => ID)
  id: string;
}
