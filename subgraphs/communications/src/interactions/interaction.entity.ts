import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Classification, Classified } from '@wayfarer/kit';

@Entity('interactions')
@ObjectType({ description: 'A interaction.' })
@Directive('@key(fields: "id")')
export class Interaction {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  name: string;

  /** Normalised name: the sort key and the prefix-search key. */
  @Column({ name: 'name_key', type: 'varchar', length: 200 })
  nameKey: string;

  @Column({ name: 'contact_email', type: 'varchar', length: 254, nullable: true })
  @Field(() => String, { nullable: true, description: 'Who to ask about it.' })
  @Classified(Classification.Contact)
  contactEmail: string | null;

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
