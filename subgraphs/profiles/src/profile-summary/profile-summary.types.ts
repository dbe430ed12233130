import { Field, ID, ObjectType } from 'type-graphql';
import { ConsentPurpose } from '../consent/consent-record.entity';
import { PreferenceCategory, PreferenceStance } from '../preferences/travel-preference.entity';

@ObjectType({ description: 'One travel preference as the traveller is shown it.' })
export class ProfileSummaryPreference {
  @Field(() => PreferenceCategory)
  category: PreferenceCategory;

  @Field()
  value: string;

  @Field(() => PreferenceStance)
  stance: PreferenceStance;
}

@ObjectType({ description: 'One travel document with its number masked.' })
export class ProfileSummaryDocument {
  @Field({ description: 'passport or visa.' })
  kind: string;

  @Field({ description: 'The issuing country, ISO 3166-1 alpha-2.' })
  country: string;

  @Field({ description: 'The last characters of the number only.' })
  maskedNumber: string;

  @Field({ description: 'The last day it is valid, YYYY-MM-DD.' })
  validUntil: string;
}

@ObjectType({ description: 'A consent in the traveller’s record, given or refused.' })
export class ProfileSummaryConsent {
  @Field(() => ConsentPurpose)
  purpose: ConsentPurpose;

  @Field()
  granted: boolean;

  @Field()
  recordedAt: Date;
}

/**
 * What a traveller is sent to agree their profile (PPLTT26 PC6): contact details, everyday
 * preferences, documents masked and consents. Special-category preferences and notes are left out:
 * an e-mail is no place for them.
 */
@ObjectType({ description: 'A traveller’s profile as they are sent it to confirm (services only): documents masked, no special-category data.' })
export class ProfileSummary {
  @Field(() => ID)
  profileId: string;

  @Field()
  fullName: string;

  @Field(() => String, { nullable: true })
  preferredLanguage: string | null;

  @Field(() => [String])
  emails: string[];

  @Field(() => [String])
  phones: string[];

  @Field(() => [String], { description: 'Each postal address on one line.' })
  postalAddresses: string[];

  @Field(() => [ProfileSummaryPreference])
  preferences: ProfileSummaryPreference[];

  @Field(() => [ProfileSummaryDocument])
  documents: ProfileSummaryDocument[];

  @Field(() => [ProfileSummaryConsent])
  consents: ProfileSummaryConsent[];
}
