import { Column, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { withEncryptedNumber } from '@wayfarer/kit';
import { TravelContext } from '../preferences/travel-preference.entity';

/** What every travel document beyond the passport has: its profile, and the trips it is for. */
@ObjectType()
export abstract class ProfileDocument {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'profile_id', type: 'varchar', length: 36 })
  profileId: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => TravelContext, { description: 'Partner systems never see LEISURE items.' })
  context: TravelContext;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}

@ObjectType()
export abstract class NumberedProfileDocument extends withEncryptedNumber(ProfileDocument) {}
