import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Active travellers in one segment.' })
export class SegmentCount {
  @Field()
  segment: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Active travellers with one tag.' })
export class TagCount {
  @Field()
  tag: string;

  @Field(() => Int)
  count: number;
}
