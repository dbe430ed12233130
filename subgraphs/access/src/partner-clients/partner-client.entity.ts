import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@Entity('partner_clients')
@ObjectType({ description: 'A partner system calling the graph with an API key.' })
export class PartnerClient {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String)
  name: string;

  @Column({ type: 'simple-json' })
  @Field(() => [String])
  scopes: string[];

  @Column({ name: 'account_ids', type: 'simple-json' })
  @Field(() => [ID], { description: 'The corporate accounts whose travellers this client may read.' })
  accountIds: string[];

  @Column({ name: 'key_prefix', type: 'varchar', length: 8 })
  @Field(() => String, { description: 'Identifies the current key (`wf_<keyPrefix>_…`) without revealing it.' })
  keyPrefix: string;

  @Column({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash: string;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'int' })
  @Field(() => Int)
  version: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field(() => Date)
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
