import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The access subgraph's staff member, as other subgraphs refer to one: by id, resolved by access. */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class StaffMember {
  @Field(() => ID)
  id: string;
}
