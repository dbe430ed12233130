import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A staff role and the scopes it grants.' })
export class Role {
  @Field(() => String)
  name: string;

  @Field(() => [String])
  scopes: string[];
}
