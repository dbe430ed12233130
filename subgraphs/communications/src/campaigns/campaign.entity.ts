import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CampaignAudience, CampaignChannel, CampaignContent, CampaignStatus } from './campaign.types';

@Entity('campaigns')
@ObjectType({ description: 'A message to an audience of travellers on one channel, sent only to those whose marketing consent is in force at send time.' })
export class Campaign {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  name: string;

  @Column({ type: 'varchar', length: 8 })
  @Field(() => CampaignChannel)
  channel: CampaignChannel;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => CampaignStatus)
  status: CampaignStatus;

  @Column({ type: 'simple-json' })
  @Field(() => CampaignAudience)
  audience: CampaignAudience;

  @Column({ name: 'default_language', type: 'varchar', length: 35 })
  @Field({ description: 'The content sent to travellers whose preferred language has none of its own.' })
  defaultLanguage: string;

  @Column({ type: 'simple-json' })
  @Field(() => [CampaignContent])
  contents: CampaignContent[];

  @Column({ name: 'send_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When a scheduled campaign starts sending.' })
  sendAt: Date | null;

  @Column({ name: 'started_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  /** The last traveller of the audience written to the recipients while sending starts; a resumed send goes on after it. */
  @Column({ name: 'audience_cursor', type: 'varchar', length: 36, nullable: true })
  audienceCursor: string | null;

  @Column({ name: 'audience_resolved', type: 'boolean', default: false })
  audienceResolved: boolean;

  /** Until when one sender has the campaign: another takes it over only after, so a crashed send is resumed and a live one never doubled. */
  @Column({ name: 'lease_until', type: 'datetime', precision: 3, nullable: true })
  leaseUntil: Date | null;

  /** The run holding the lease: only it may write the campaign's audience, renew the lease or finish. */
  @Column({ name: 'lease_owner', type: 'varchar', length: 36, nullable: true })
  leaseOwner: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 100 })
  @Field(() => ID, { description: 'The staff member who created it.' })
  createdBy: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send it back as expectedVersion when changing the campaign.' })
  version: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field()
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field()
  updatedAt: Date;
}
