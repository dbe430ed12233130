import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classification, Classified, DateScalar, RequiresScopes, searchKey } from '@wayfarer/kit';
import { EmailAddress, EmergencyContact, MAX_CONTACTS, MAX_EMERGENCY_CONTACTS, PhoneNumber, PostalAddress } from './contact.types';
import { PROFILE_SCOPES } from './profile.scopes';
import { NATIVE_NAME_KEY_LENGTH } from './native-name-key';
import { ProfileField } from './profile-field.decorator';
import { MAX_NATIONALITIES } from '../documents/document.inputs';

export enum ProfileStatus {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
  /** A tombstone: personal data erased on the traveller's request; the id still resolves. */
  ERASED = 'ERASED',
  /** Merged into another profile (mergedInto); its id resolves to that survivor. */
  MERGED = 'MERGED',
}
registerEnumType(ProfileStatus, { name: 'ProfileStatus' });

/** What an erased traveller's names read. */
export const ERASED_NAME = 'Erased';

@Entity('profiles')
@ObjectType({ description: 'One traveller.' })
@Directive('@key(fields: "id")')
export class Profile {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  @Field(() => ID)
  @ProfileField({ export: true })
  id: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, { nullable: true })
  title: string | null;

  @Column({ name: 'given_name', type: 'varchar', length: 100 })
  @Field()
  @Classified(Classification.Contact)
  givenName: string;

  @Column({ name: 'middle_name', type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true })
  @Classified(Classification.Contact)
  middleName: string | null;

  @Column({ name: 'family_name', type: 'varchar', length: 100 })
  @Field()
  @Classified(Classification.Contact)
  familyName: string;

  @Column({ name: 'preferred_name', type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true })
  @Classified(Classification.Contact)
  preferredName: string | null;

  @Column({ name: 'native_name', type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'The name in the traveller’s own script, e.g. 王小明.' })
  @Classified(Classification.Contact)
  @ProfileField({ export: { after: 'department' }, import: false })
  nativeName: string | null = null;

  @Column({ name: 'preferred_language', type: 'varchar', length: 35, nullable: true })
  @Field(() => String, { nullable: true, description: 'BCP 47 language tag, e.g. en, zh-CN, pt-BR.' })
  @Classified(Classification.Contact)
  @ProfileField({ export: { after: 'nativeName' }, import: false })
  preferredLanguage: string | null = null;

  /** "family given middle", normalised: the sort key and the prefix-search key. */
  @Column({ name: 'name_key', type: 'varchar', length: 320 })
  nameKey: string;

  /** "given middle family", normalised, so "anna smi" finds Anna Smith. */
  @Column({ name: 'given_name_key', type: 'varchar', length: 320 })
  givenNameKey: string;

  /** The name in native script, normalised, so "王小" finds 王小明. */
  @Column({ name: 'native_name_key', type: 'varchar', length: NATIVE_NAME_KEY_LENGTH, nullable: true })
  nativeNameKey: string | null = null;

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  @RequiresScopes([PROFILE_SCOPES.readPersonal])
  @Classified(Classification.Personal)
  @ProfileField({
    merge: {
      needs: { scope: PROFILE_SCOPES.readPersonal, refusal: 'Choosing the date of birth needs the profiles.personal:read scope' },
      description: 'MERGED needs profiles.personal:read.',
    },
  })
  dateOfBirth: string | null;

  @Column({ type: 'simple-json' })
  @Field(() => [EmailAddress])
  @Classified(Classification.Contact)
  @ProfileField({ merge: { entries: { max: MAX_CONTACTS, key: (email: EmailAddress) => email.address.toLowerCase() } } })
  emails: EmailAddress[];

  /** The default e-mail, normalised, for search. */
  @Column({ name: 'email_key', type: 'varchar', length: 254, nullable: true })
  emailKey: string | null;

  @Column({ type: 'simple-json' })
  @Field(() => [PhoneNumber])
  @Classified(Classification.Contact)
  @ProfileField({ merge: { entries: { max: MAX_CONTACTS, key: (phone: PhoneNumber) => phone.number } } })
  phones: PhoneNumber[];

  @Column({ type: 'simple-json' })
  @Field(() => [PostalAddress])
  @Classified(Classification.Contact)
  @ProfileField({
    merge: {
      entries: {
        max: MAX_CONTACTS,
        key: (address: PostalAddress) => searchKey([...address.lines, address.city, address.postalCode ?? '', address.countryCode].join(' ')),
      },
    },
  })
  addresses: PostalAddress[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Department in the traveller’s organisation.' })
  department: string | null;

  // Added to a table that already had rows, so nullable (MySQL gives TEXT no default); read as a list either way.
  @Column({
    name: 'emergency_contacts',
    type: 'simple-json',
    nullable: true,
    transformer: { to: (contacts?: EmergencyContact[]) => contacts, from: (stored: EmergencyContact[] | null) => stored ?? [] },
  })
  @Field(() => [EmergencyContact])
  @Classified(Classification.Contact)
  @ProfileField({ export: false, merge: { entries: { max: MAX_EMERGENCY_CONTACTS, key: (contact: EmergencyContact) => contact.phone } } })
  emergencyContacts: EmergencyContact[] = [];

  @Column({
    type: 'varchar',
    length: 40,
    default: '',
    transformer: { to: (codes?: string[]) => codes?.join(','), from: (stored: string | null) => (stored ? stored.split(',') : []) },
  })
  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes.' })
  @Classified(Classification.Personal)
  @ProfileField({
    merge: {
      needs: { scope: PROFILE_SCOPES.writeDocuments, refusal: 'Choosing nationalities needs the profiles.documents:write scope' },
      entries: { max: MAX_NATIONALITIES, key: (code: string) => code },
      description: 'MERGED or BOTH needs profiles.documents:write.',
    },
  })
  nationalities: string[];

  @Column({ type: 'varchar', length: 16 })
  @Field(() => ProfileStatus)
  @ProfileField({ history: true, export: true })
  status: ProfileStatus;

  @Column({ name: 'merged_into', type: 'varchar', length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: 'The survivor this profile was merged into (null unless MERGED); its id resolves to the survivor.' })
  mergedInto: string | null = null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send it back as expectedVersion when updating.' })
  version: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  @Field()
  @ProfileField({ export: true })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  @Field()
  @ProfileField({ export: true })
  updatedAt: Date;

  @Column({ type: 'boolean', default: false })
  @Field({ description: 'Shown as a banner whenever the profile is opened.' })
  @ProfileField({ merge: { alongside: ['vipNote'], description: 'VIP status with its note.' } })
  vip: boolean = false;

  @Column({ name: 'vip_note', type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  @Classified(Classification.Contact)
  vipNote: string | null = null;

  /** Null once erased. */
  @Column({ name: 'special_needs', type: 'boolean', nullable: true, default: false })
  @Field(() => Boolean, { nullable: true, description: 'Needs profiles.special:read.' })
  @RequiresScopes([PROFILE_SCOPES.readSpecial])
  @Classified(Classification.SpecialCategory)
  @ProfileField({
    merge: {
      needs: { scope: PROFILE_SCOPES.writeSpecial, refusal: 'Choosing special needs needs the profiles.special:write scope' },
      description: 'MERGED needs profiles.special:write.',
    },
  })
  specialNeeds: boolean | null = false;

  @Column({ name: 'last_verified_at', type: 'datetime', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the profile was last checked with the traveller, by staff or by the traveller themselves.' })
  lastVerifiedAt: Date | null = null;

  @Column({ name: 'last_verified_by', type: 'varchar', length: 100, nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: 'The staff member who last verified the profile, or the traveller’s own id when they confirmed it themselves (lastVerifiedChannel).',
  })
  lastVerifiedBy: string | null = null;

  @Column({ name: 'last_verified_channel', type: 'varchar', length: 16, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'EMAIL when the traveller last confirmed the profile themselves from an e-mailed summary; null when staff verified it.',
  })
  lastVerifiedChannel: string | null = null;

  @Column({ name: 'next_review_due', type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Null until first verified: an unverified profile is due at once.' })
  nextReviewDue: string | null = null;

  @Field({ description: 'Given, middle and family names as written.' })
  get fullName(): string {
    if (this.status === ProfileStatus.ERASED) return ERASED_NAME;
    return [this.givenName, this.middleName, this.familyName].filter(Boolean).join(' ');
  }
}
