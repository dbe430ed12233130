import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@wayfarer/kit';

export enum ReminderKind {
  PASSPORT_EXPIRING = 'PASSPORT_EXPIRING',
  DOCUMENT_EXPIRING = 'DOCUMENT_EXPIRING',
  VERIFICATION_DUE = 'VERIFICATION_DUE',
  INCOMPLETE = 'INCOMPLETE',
  VIP_REVIEW = 'VIP_REVIEW',
  SPECIAL_NEEDS_REVIEW = 'SPECIAL_NEEDS_REVIEW',
}
registerEnumType(ReminderKind, {
  name: 'ReminderKind',
  valuesConfig: {
    PASSPORT_EXPIRING: { description: 'A passport (the latest of each issuing country) expiring or expired.' },
    DOCUMENT_EXPIRING: { description: 'A visa, vaccination certificate, entry endorsement or insurance policy ending or ended.' },
    VERIFICATION_DUE: { description: 'The profile was never checked with the traveller, or its review falls due.' },
    INCOMPLETE: { description: 'One missing item of the profile (see missing).' },
    VIP_REVIEW: { description: 'A VIP whose profile review falls due.' },
    SPECIAL_NEEDS_REVIEW: { description: 'Special needs whose profile review falls due; needs profiles.special:read.' },
  },
});

export enum ProfileGap {
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  DATE_OF_BIRTH = 'DATE_OF_BIRTH',
  PASSPORT = 'PASSPORT',
  DEFAULT_ADDRESS = 'DEFAULT_ADDRESS',
}
registerEnumType(ProfileGap, { name: 'ProfileGap', description: 'What an incomplete profile lacks.' });

/** One thing to act on for an ACTIVE traveller, derived on every write, due on a fixed date so windows are index ranges. */
@Entity('profile_reminders')
@ObjectType('Reminder')
export class ProfileReminder {
  /** kind:profile:subject, so a re-derived reminder keeps its id. */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  @Field(() => ID)
  id: string;

  @Column({ name: 'profile_id', type: 'varchar', length: 36 })
  @Field(() => ID)
  profileId: string;

  @Column({ type: 'varchar', length: 24 })
  @Field(() => ReminderKind)
  kind: ReminderKind;

  @Column({ name: 'due_on', type: 'date' })
  @Field(() => DateScalar, { description: 'Expiry date, review date, or (incomplete) the day the profile was created.' })
  dueOn: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: 'The passport or document the reminder is about.' })
  documentId: string | null;

  /** The document's list (passports, visas…) or the missing item. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  detail: string | null;
}
