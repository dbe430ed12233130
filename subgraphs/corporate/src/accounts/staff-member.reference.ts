import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The access subgraph's staff member, referred to by id only. */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class StaffMember {
  @Field(() => ID)
  id: string;
}
