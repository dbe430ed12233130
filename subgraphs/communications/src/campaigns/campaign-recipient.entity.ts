import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { DeliveryStatus, ExclusionReason } from './campaign.types';
import { Profile } from '../profile/profile.reference';

/** One traveller of a campaign's audience and what became of their message; no address is kept, it is asked of profiles right before sending. */
@Entity('campaign_recipients')
@ObjectType()
export class CampaignRecipient {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'campaign_id', type: 'varchar', length: 36 })
  campaignId: string;

  @Column({ name: 'profile_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  profileId: string;

  @Field(() => Profile)
  get profile(): Profile {
    return { id: this.profileId };
  }

  @Column({ type: 'varchar', length: 8 })
  @Field(() => DeliveryStatus)
  status: DeliveryStatus;

  @Column({ type: 'varchar', length: 16, nullable: true })
  @Field(() => ExclusionReason, { nullable: true })
  exclusion: ExclusionReason | null;

  @Column({ type: 'varchar', length: 35, nullable: true })
  @Field(() => String, { nullable: true, description: 'The language of the content sent.' })
  language: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why a FAILED message was refused (the server’s or provider’s status, never an address).' })
  error: string | null;

  @Column({ name: 'sent_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field()
  updatedAt: Date;
}
