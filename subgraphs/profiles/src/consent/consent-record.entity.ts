import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ConsentPurpose {
  PROFILE_STORAGE = 'PROFILE_STORAGE',
  MARKETING_EMAIL = 'MARKETING_EMAIL',
  MARKETING_SMS = 'MARKETING_SMS',
  MARKETING_PHONE = 'MARKETING_PHONE',
  CALL_RECORDING = 'CALL_RECORDING',
  PARTNER_SHARING = 'PARTNER_SHARING',
  CROSS_BORDER_TRANSFER = 'CROSS_BORDER_TRANSFER',
  SPECIAL_CATEGORY = 'SPECIAL_CATEGORY',
  /** The traveller's agreement to the loyalty scheme's terms: enrolment needs it, and its end closes the membership. */
  LOYALTY_SCHEME = 'LOYALTY_SCHEME',
}
registerEnumType(ConsentPurpose, { name: 'ConsentPurpose' });

/** GDPR Art. 6(1) bases, and Art. 9(2)(a) explicit consent for special-category data. */
export enum LegalBasis {
  CONSENT = 'CONSENT',
  EXPLICIT_CONSENT = 'EXPLICIT_CONSENT',
  CONTRACT = 'CONTRACT',
  LEGAL_OBLIGATION = 'LEGAL_OBLIGATION',
  VITAL_INTERESTS = 'VITAL_INTERESTS',
  PUBLIC_TASK = 'PUBLIC_TASK',
  LEGITIMATE_INTERESTS = 'LEGITIMATE_INTERESTS',
}
registerEnumType(LegalBasis, { name: 'LegalBasis' });

export enum ConsentChannel {
  IN_PERSON = 'IN_PERSON',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  WEB = 'WEB',
  PAPER = 'PAPER',
  PARTNER = 'PARTNER',
}
registerEnumType(ConsentChannel, { name: 'ConsentChannel', description: 'How the traveller gave or refused consent.' });

@Entity('consent_records')
@ObjectType({ description: 'The traveller’s consent, or another lawful basis, for one purpose; a newer record for the purpose ends the older one.' })
export class ConsentRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'profile_id', type: 'varchar', length: 36 })
  profileId: string;

  @Column({ type: 'varchar', length: 32 })
  @Field(() => ConsentPurpose)
  purpose: ConsentPurpose;

  @Column({ type: 'boolean' })
  @Field({ description: 'False records a refusal.' })
  granted: boolean;

  @Column({ name: 'legal_basis', type: 'varchar', length: 32 })
  @Field(() => LegalBasis)
  legalBasis: LegalBasis;

  @Column({ name: 'notice_version', type: 'varchar', length: 32 })
  @Field({ description: 'The privacy notice the traveller was shown.' })
  noticeVersion: string;

  @Column({ name: 'recorded_by', type: 'varchar', length: 100 })
  @Field({ description: 'The staff member, partner or service that recorded it.' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'datetime', precision: 3 })
  @Field()
  recordedAt: Date;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => ConsentChannel)
  channel: ConsentChannel;

  @Column({ name: 'withdrawn_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was withdrawn or replaced by a newer record.' })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawn_by', type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true })
  withdrawnBy: string | null;

  @Field({ description: 'Granted and neither withdrawn nor replaced: processing for the purpose may go on.' })
  get active(): boolean {
    return this.granted && this.withdrawnAt === null;
  }
}
