import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@Entity('loyalty_rewards')
@ObjectType({ description: 'A reward members redeem points for.' })
@Directive('@key(fields: "id")')
export class LoyaltyReward {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  name: string;

  /** Normalised name: the sort key and the prefix-search key. */
  @Column({ name: 'name_key', type: 'varchar', length: 200 })
  nameKey: string;

  @Column({ name: 'points_price', type: 'int' })
  @Field(() => Int)
  pointsPrice: number;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'How many are left; null: unlimited.' })
  stock: number | null;

  @Column({ type: 'boolean' })
  @Field()
  active: boolean;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send it back as expectedVersion when updating.' })
  version: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field()
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field()
  updatedAt: Date;
}
