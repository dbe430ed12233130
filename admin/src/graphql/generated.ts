/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccountContactInput = {
  email: string;
  name: string;
  /** E.164, e.g. +447700900123 */
  phone?: string | null | undefined;
  role: ContactRole;
};

export type AccountStatus =
  | 'ACTIVE'
  | 'ARCHIVED';

export type AccountTravellerFilter = {
  /** True: travellers whose business preferences fit their policy today; false: those out of policy. Travellers not judged yet (no policy in force, preferences not yet reported) match neither. */
  inPolicy?: boolean | null | undefined;
};

export type AddOfferCatalogueEntryInput = {
  /** Airports: 3 letters; airlines, hotel chains, car hire firms: 2 characters; rail operators: 2 to 4. */
  code: string;
  kind: OfferKind;
  name: string;
};

export type AddSupplierMembershipInput = {
  context?: MembershipContext | null | undefined;
  expiresOn?: string | null | undefined;
  number: string;
  /** As the supplier reports it; pointsReadOn defaults to today when points are given. */
  points?: number | null | undefined;
  pointsReadOn?: string | null | undefined;
  /** Making one primary makes the traveller’s previous primary membership of the sector no longer primary. */
  primary?: boolean | null | undefined;
  profileId: string | number;
  programmeId: string | number;
  /** One of the programme’s tierNames. */
  tier?: string | null | undefined;
  tierExpiresOn?: string | null | undefined;
};

export type AddressInput = {
  city: string;
  /** ISO 3166-1 alpha-2 */
  countryCode: string;
  isDefault?: boolean;
  lines: Array<string>;
  postalCode?: string | null | undefined;
  region?: string | null | undefined;
  type?: AddressType;
};

export type AddressType =
  | 'BILLING'
  | 'HOME'
  | 'OTHER'
  | 'WORK';

/** Points added (positive) or deducted (negative) by a supervisor, with the reason. */
export type AdjustLoyaltyPointsInput = {
  memberId: string | number;
  points: number;
  reason: string;
};

/** The airline alliance a frequent-flyer programme belongs to. */
export type Alliance =
  | 'ONEWORLD'
  | 'SKYTEAM'
  | 'STAR_ALLIANCE';

export type AppendProfileImportRowsInput = {
  /** Up to 5000 CSV rows without the header, ending at a row boundary. */
  csv: string;
  /** The chunk's place in the file: 0 for the first. Up to 2 may be in flight at once (send the next before this one is answered); resending an applied one is harmless. */
  sequence: number;
};

/** SOFT: approvers are told; HARD: nothing is ticketed until they approve. */
export type ApprovalLevel =
  | 'HARD'
  | 'NONE'
  | 'SOFT';

export type AuditEventFilter = {
  actorId?: string | null | undefined;
  /** Inclusive. */
  from?: string | null | undefined;
  operation?: string | null | undefined;
  service?: string | null | undefined;
  /** Events concerning this record. */
  subjectId?: string | null | undefined;
  /** Exclusive. */
  to?: string | null | undefined;
};

export type AuditEventSort = {
  direction?: SortDirection;
  field: AuditEventSortField;
};

export type AuditEventSortField =
  | 'OCCURRED_AT';

export type BillingAddressInput = {
  city: string;
  /** ISO 3166-1 alpha-2 */
  countryCode: string;
  lines: Array<string>;
  postalCode?: string | null | undefined;
  region?: string | null | undefined;
};

export type CabinClass =
  | 'BUSINESS'
  | 'ECONOMY'
  | 'FIRST'
  | 'PREMIUM_ECONOMY';

export type CabinRuleInput = {
  cabin: CabinClass;
  minHours: number;
};

/** Who a campaign is for: travellers in any of the segments, with any of the tags, and linked to the account today; every criterion given must hold, at least one is needed. */
export type CampaignAudienceInput = {
  /** A corporate account: its travellers linked on the day of sending. */
  accountId?: string | number | null | undefined;
  /** Segment names, e.g. region:europe, loyalty:gold. */
  segments?: Array<string> | null | undefined;
  tags?: Array<string> | null | undefined;
};

export type CampaignChannel =
  | 'EMAIL'
  | 'SMS';

export type CampaignContentInput = {
  body: string;
  language: string;
  /** Required for e-mail, none for SMS. */
  subject?: string | null | undefined;
};

export type CampaignStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'SCHEDULED'
  | 'SENDING'
  | 'SENT';

export type CampaignVersionInput = {
  expectedVersion: number;
};

/** How the last digit of a membership number checks the others. */
export type CheckDigitRule =
  /** Luhn (ISO/IEC 7812-1), as payment cards. */
  | 'LUHN'
  /** The number before the last digit, divided by 7: the remainder (IATA ticket and air waybill numbers). */
  | 'MOD7'
  /** GS1 modulo 10, weights 3 and 1 from the right (EAN/UPC). */
  | 'MOD10'
  /** No check digit (or none the programme publishes). */
  | 'NONE';

export type CloseUndertakingInput = {
  /** Whether the traveller was told; required with delayNote. */
  customerTold?: boolean | null | undefined;
  /** When they were told; defaults to now when customerTold is true, and is refused when it is false. */
  customerToldAt?: string | null | undefined;
  /** The delay explanation given to the traveller; required once the undertaking is overdue. */
  delayNote?: string | null | undefined;
  /** The version this change was based on. */
  expectedVersion: number;
};

export type ComplaintCategory =
  | 'BILLING'
  | 'BOOKING'
  | 'OTHER'
  | 'PRIVACY'
  | 'SERVICE'
  | 'SUPPLIER';

export type ComplaintClock =
  | 'ACKNOWLEDGE'
  | 'RESOLVE';

export type ComplaintFilter = {
  /** Either clock breached (now or when it stopped). */
  breached?: boolean | null | undefined;
  category?: ComplaintCategory | null | undefined;
  /** Escalated in the current cycle. */
  escalated?: boolean | null | undefined;
  /** Satisfaction follow-up due before this time and not yet answered. */
  followUpDueBefore?: string | null | undefined;
  ids?: Array<string | number> | null | undefined;
  ownerId?: string | number | null | undefined;
  profileId?: string | number | null | undefined;
  severity?: ComplaintSeverity | null | undefined;
  status?: ComplaintStatus | null | undefined;
  team?: string | null | undefined;
};

export type ComplaintSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type ComplaintSort = {
  direction?: SortDirection;
  field: ComplaintSortField;
};

export type ComplaintSortField =
  | 'ACKNOWLEDGE_DUE_AT'
  | 'CREATED_AT';

/** NEW → ACKNOWLEDGED → INVESTIGATING ⇄ WAITING_ON_CUSTOMER → RESOLVED → CLOSED; RESOLVED or CLOSED → REOPENED → INVESTIGATING. */
export type ComplaintStatus =
  | 'ACKNOWLEDGED'
  | 'CLOSED'
  | 'INVESTIGATING'
  | 'NEW'
  | 'REOPENED'
  | 'RESOLVED'
  | 'WAITING_ON_CUSTOMER';

/** AT_OWN_COST: beyond the policy, allowed if the traveller pays the difference. */
export type ComplianceOutcome =
  | 'AT_OWN_COST'
  | 'IN_POLICY'
  | 'OUT_OF_POLICY';

/** How the traveller gave or refused consent. */
export type ConsentChannel =
  | 'EMAIL'
  | 'IN_PERSON'
  | 'PAPER'
  | 'PARTNER'
  | 'PHONE'
  | 'WEB';

export type ConsentPurpose =
  | 'CALL_RECORDING'
  | 'CROSS_BORDER_TRANSFER'
  | 'LOYALTY_SCHEME'
  | 'MARKETING_EMAIL'
  | 'MARKETING_PHONE'
  | 'MARKETING_SMS'
  | 'PARTNER_SHARING'
  | 'PROFILE_STORAGE'
  | 'SPECIAL_CATEGORY';

/** What a contact does for the account’s travel. */
export type ContactRole =
  | 'TRAVEL_ARRANGER'
  | 'TRAVEL_MANAGER';

export type ContactType =
  | 'OTHER'
  | 'PERSONAL'
  | 'WORK';

export type CorporateAccountFilter = {
  ids?: Array<string | number> | null | undefined;
  /** Start of the legal name. */
  search?: string | null | undefined;
  status?: AccountStatus | null | undefined;
};

export type CorporateAccountSort = {
  direction?: SortDirection;
  field: CorporateAccountSortField;
};

export type CorporateAccountSortField =
  | 'CREATED_AT'
  | 'LEGAL_NAME';

export type CostCentreInput = {
  code: string;
  name: string;
};

export type CreateCampaignInput = {
  audience: CampaignAudienceInput;
  channel: CampaignChannel;
  contents: Array<CampaignContentInput>;
  /** One of the contents’ languages: sent to travellers whose preferred language has no content of its own. */
  defaultLanguage: string;
  name: string;
};

export type CreateCorporateAccountInput = {
  /** The staff member who manages the account. */
  accountManagerId?: string | number | null | undefined;
  billingAddress?: BillingAddressInput | null | undefined;
  contacts?: Array<AccountContactInput> | null | undefined;
  contractEnd?: string | null | undefined;
  contractStart?: string | null | undefined;
  costCentres?: Array<CostCentreInput> | null | undefined;
  departments?: Array<DepartmentInput> | null | undefined;
  legalEntities?: Array<LegalEntityInput> | null | undefined;
  legalName: string;
  offices?: Array<OfficeInput> | null | undefined;
  registrationNumber?: string | null | undefined;
};

export type CreateLoyaltyRewardInput = {
  active?: boolean | null | undefined;
  name: string;
  pointsPrice: number;
  /** Null: unlimited. */
  stock?: number | null | undefined;
};

export type CreatePartnerClientInput = {
  accountIds: Array<string | number>;
  name: string;
  /** Any of profiles:read, profiles:write, profiles.personal:read, profiles.documents:read, profiles.documents:write, profiles.special:read, profiles.special:write, profiles:export, corporate:read, loyalty:read, loyalty.numbers:read, loyalty:write, loyalty:earn. */
  scopes: Array<string>;
};

export type CreateProfileInput = {
  addresses?: Array<AddressInput> | null | undefined;
  /** Needs profiles.personal:read. */
  dateOfBirth?: string | null | undefined;
  department?: string | null | undefined;
  emails?: Array<EmailInput> | null | undefined;
  emergencyContacts?: Array<EmergencyContactInput> | null | undefined;
  familyName: string;
  givenName: string;
  /** Why the profile may be stored: recorded as its PROFILE_STORAGE consent record. */
  lawfulBasis: LawfulBasisInput;
  middleName?: string | null | undefined;
  /** The name in the traveller’s own script, e.g. 王小明. */
  nativeName?: string | null | undefined;
  /** Needs profiles.documents:write. */
  passports?: Array<PassportInput> | null | undefined;
  phones?: Array<PhoneInput> | null | undefined;
  /** BCP 47 language tag, e.g. en, zh-CN, pt-BR. */
  preferredLanguage?: string | null | undefined;
  preferredName?: string | null | undefined;
  title?: string | null | undefined;
};

export type CreateStaffMemberInput = {
  displayName: string;
  /** At least 12 characters. */
  password: string;
  roles: Array<string>;
  /** Lower-case letters, digits, dot, dash, underscore; 3 to 64 characters. */
  username: string;
};

export type CreateSupplierProgrammeInput = {
  active?: boolean | null | undefined;
  /** Airlines only; null for none. */
  alliance?: Alliance | null | undefined;
  name: string;
  numberFormat: MembershipNumberFormatInput;
  ownerCode: string;
  sector: SupplierSector;
  tierNames: Array<string>;
};

export type CreateTravelPolicyInput = {
  accountId: string | number;
  appliesTo: PolicyScope;
  /** For DEPARTMENT overrides: a department code of the account. */
  departmentCode?: string | null | undefined;
  effectiveFrom: string;
  /** For GRADE overrides. */
  grade?: string | null | undefined;
  name: string;
  /** Overrides only; defaults to the account policy. */
  parentId?: string | number | null | undefined;
  rules: PolicyRulesInput;
};

export type CreateUndertakingInput = {
  /** The conversation the promise was made in. */
  conversationId?: string | number | null | undefined;
  /** What was promised. */
  description: string;
  /** The time promised; not in the past. */
  dueAt: string;
  /** Who keeps the promise; the caller when not given. */
  ownerId?: string | number | null | undefined;
  profileId: string | number;
  team?: string | null | undefined;
};

/** What the customer wanted from the contact. */
export type CustomerRequirement =
  | 'BOOKING'
  | 'COMPLAINT'
  | 'INFORMATION';

export type DataSubjectErasureOutcome =
  | 'ALREADY_ERASED'
  | 'ERASED'
  | 'NOT_FOUND';

export type DeliveryStatus =
  | 'EXCLUDED'
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

export type DepartmentInput = {
  code: string;
  name: string;
};

export type DuplicateCandidateFilter = {
  /** Only pairs scoring at least this (0–100). */
  minScore?: number | null | undefined;
  /** Pairs that include this profile. */
  profileId?: string | number | null | undefined;
  status?: DuplicateStatus | null | undefined;
};

export type DuplicateCandidateSort = {
  direction?: SortDirection;
  field: DuplicateCandidateSortField;
};

export type DuplicateCandidateSortField =
  | 'FOUND_AT'
  | 'SCORE';

export type DuplicateReason =
  /** A travel document number in common, compared by keyed hash. */
  | 'DOCUMENT'
  /** An e-mail address in common. */
  | 'EMAIL'
  /** Same date of birth and a similar name (diacritics folded, native script kept), or the same name in native script. */
  | 'NAME_DOB'
  /** A phone number in common. */
  | 'PHONE';

export type DuplicateStatus =
  | 'DISMISSED'
  | 'MERGED'
  | 'OPEN';

export type EmailInput = {
  address: string;
  isDefault?: boolean;
  type?: ContactType;
};

export type EmergencyContactInput = {
  email?: string | null | undefined;
  name: string;
  /** E.164, e.g. +447700900123 */
  phone: string;
  relationship?: string | null | undefined;
};

export type EnrolLoyaltyMemberInput = {
  /** The traveller, who must have consented to the scheme’s terms. */
  profileId: string | number;
};

export type EntryEndorsementInput = {
  context?: TravelContext;
  /** ISO 3166-1 alpha-2 */
  country: string;
  description: string;
  /** An existing entry to keep; omit for a new one. */
  id?: string | number | null | undefined;
  validUntil?: string | null | undefined;
};

/** Why a traveller of a campaign’s audience receives nothing. */
export type ExclusionReason =
  | 'ARCHIVED'
  | 'ERASED'
  | 'MERGED'
  | 'NO_ADDRESS'
  | 'NO_CONSENT'
  | 'WITHDRAWN';

/** How the opinion reached us: on one of the interaction channels, or in a survey. */
export type FeedbackChannel =
  | 'EMAIL'
  | 'ONLINE_CHAT'
  | 'PAPER'
  | 'SMS'
  | 'SOCIAL_MEDIA'
  | 'SURVEY'
  | 'TELEPHONE'
  | 'VIDEO'
  | 'VOIP';

export type FeedbackFilter = {
  /** Given on or after this day (UTC). */
  from?: string | null | undefined;
  ids?: Array<string | number> | null | undefined;
  productType?: FeedbackProductType | null | undefined;
  profileId?: string | number | null | undefined;
  rating?: number | null | undefined;
  supplierCode?: string | null | undefined;
  /** Given on or before this day (UTC). */
  to?: string | null | undefined;
};

/** The kind of tourism product the feedback is about. */
export type FeedbackProductType =
  | 'ACTIVITY'
  | 'CAR'
  | 'CRUISE'
  | 'FLIGHT'
  | 'HOTEL'
  | 'INSURANCE'
  | 'OTHER'
  | 'PACKAGE'
  | 'RAIL'
  | 'TOUR'
  | 'TRANSFER';

export type FeedbackSort = {
  direction?: SortDirection;
  field: FeedbackSortField;
};

export type FeedbackSortField =
  | 'GIVEN_AT';

export type FeedbackSummaryFilter = {
  /** Given on or after this day (UTC). */
  from?: string | null | undefined;
  productType?: FeedbackProductType | null | undefined;
  supplierCode?: string | null | undefined;
  /** Given on or before this day (UTC). */
  to?: string | null | undefined;
};

export type HotelCapInput = {
  amount: number;
  /** Null: the whole country. */
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2 */
  countryCode: string;
  /** ISO 4217 */
  currency: string;
};

export type InteractionChannel =
  | 'EMAIL'
  | 'ONLINE_CHAT'
  | 'PAPER'
  | 'SMS'
  | 'SOCIAL_MEDIA'
  | 'TELEPHONE'
  | 'VIDEO'
  | 'VOIP';

/** INBOUND: the customer contacted us. */
export type InteractionDirection =
  | 'INBOUND'
  | 'OUTBOUND';

export type InteractionFilter = {
  channel?: InteractionChannel | null | undefined;
  conversationId?: string | number | null | undefined;
  /** Occurred before. */
  occurredBefore?: string | null | undefined;
  /** Occurred at or after. */
  occurredFrom?: string | null | undefined;
  profileId?: string | number | null | undefined;
  requirement?: CustomerRequirement | null | undefined;
  /** Words in the summary or outcome, within profileId or conversationId; confidential interactions only with communications.confidential:read. */
  search?: string | null | undefined;
  /** The staff member who dealt with it. */
  staffId?: string | number | null | undefined;
};

export type LawfulBasisInput = {
  channel: ConsentChannel;
  legalBasis: LegalBasis;
  /** The privacy notice the traveller was shown, e.g. 2026-01. */
  noticeVersion: string;
};

export type LegalBasis =
  | 'CONSENT'
  | 'CONTRACT'
  | 'EXPLICIT_CONSENT'
  | 'LEGAL_OBLIGATION'
  | 'LEGITIMATE_INTERESTS'
  | 'PUBLIC_TASK'
  | 'VITAL_INTERESTS';

export type LegalEntityInput = {
  /** ISO 3166-1 alpha-2 */
  countryCode: string;
  name: string;
  registrationNumber?: string | null | undefined;
};

/** Links a traveller to an account from a date; an open link to another account ends the day before. */
export type LinkTravellerInput = {
  accountId: string | number;
  /** A cost-centre code of the account. */
  costCentreCode?: string | null | undefined;
  /** A department code of the account. */
  departmentCode?: string | null | undefined;
  employeeId?: string | null | undefined;
  grade?: string | null | undefined;
  profileId: string | number;
  travellerType?: TravellerType;
  validFrom: string;
  validTo?: string | null | undefined;
};

export type LogInteractionInput = {
  channel: InteractionChannel;
  /** Summary and outcome readable only with communications.confidential:read (PC16). */
  confidential?: boolean;
  /** The conversation it continues, e.g. after a switch of channel; a new one is opened when not given. */
  conversationId?: string | number | null | undefined;
  direction: InteractionDirection;
  durationSeconds?: number | null | undefined;
  /** Now when not given; never in the future. */
  occurredAt?: string | null | undefined;
  outcome?: string | null | undefined;
  profileId: string | number;
  recording?: RecordingAgreementInput | null | undefined;
  requirement: CustomerRequirement;
  /** The staff member who dealt with it; the caller when not given. */
  staffId?: string | number | null | undefined;
  summary?: string | null | undefined;
};

export type LoyaltyBonusRuleInput = {
  extraPoints?: number | null | undefined;
  /** First booking date it applies to. */
  from?: string | null | undefined;
  /** Base points times this (1.5 = half as many again). */
  multiplier?: number | null | undefined;
  name: string;
  /** Null: every product type. */
  productTypes?: Array<LoyaltyProductType> | null | undefined;
  /** Applies when the earn names this segment; null: every earn. */
  segment?: string | null | undefined;
  /** Last booking date it applies to. */
  to?: string | null | undefined;
};

export type LoyaltyEarningRuleInput = {
  /** ISO 4217; spending in another currency earns nothing under this rule. */
  currency: string;
  /** Points per one unit of the currency; the total is rounded down to whole points. */
  pointsPerUnit: number;
  productType: LoyaltyProductType;
};

export type LoyaltyLedgerEntryKind =
  | 'ADJUST'
  | 'EARN'
  | 'EXPIRE'
  | 'REDEEM'
  | 'REVERSE';

export type LoyaltyMemberCloseReason =
  | 'CONSENT_WITHDRAWN'
  | 'ERASED';

export type LoyaltyMemberFilter = {
  profileIds?: Array<string | number> | null | undefined;
  status?: LoyaltyMemberStatus | null | undefined;
  /** A tier code. */
  tier?: string | null | undefined;
};

export type LoyaltyMemberSort = {
  direction?: SortDirection;
  field: LoyaltyMemberSortField;
};

export type LoyaltyMemberSortField =
  | 'AVAILABLE_POINTS'
  | 'ENROLLED_AT';

export type LoyaltyMemberStatus =
  | 'ACTIVE'
  | 'CLOSED';

/** What was bought, for earning rules. */
export type LoyaltyProductType =
  | 'CAR'
  | 'CRUISE'
  | 'FLIGHT'
  | 'HOTEL'
  | 'INSURANCE'
  | 'PACKAGE'
  | 'RAIL'
  | 'TOUR';

export type LoyaltyReminderFilter = {
  /** EXPIRING kinds: due on or before this day (default: 90 days from today). Not used by EXPIRED kinds. */
  dueBefore?: string | null | undefined;
  kind: LoyaltyReminderKind;
  profileId?: string | number | null | undefined;
};

export type LoyaltyReminderKind =
  /** An active membership that ended before today: renew it or close it. */
  | 'MEMBERSHIP_EXPIRED'
  /** An active membership ending today or later, by dueBefore. */
  | 'MEMBERSHIP_EXPIRING'
  /** An active membership whose recorded tier ended before today: read the new tier from the supplier. */
  | 'TIER_EXPIRED'
  /** An active membership whose tier ends today or later, by dueBefore: requalify or plan for the lower tier. */
  | 'TIER_EXPIRING';

export type LoyaltyRewardFilter = {
  active?: boolean | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Start of the name. */
  search?: string | null | undefined;
};

export type LoyaltyRewardSort = {
  direction?: SortDirection;
  field: LoyaltyRewardSortField;
};

export type LoyaltyRewardSortField =
  | 'CREATED_AT'
  | 'NAME';

export type LoyaltySchemeRulesInput = {
  bonusRules: Array<LoyaltyBonusRuleInput>;
  earningRules: Array<LoyaltyEarningRuleInput>;
  /** Months after they become available that points expire; null: they never do. */
  expiryMonths?: number | null | undefined;
  /** Days after the tier period ends before a member who did not retain the tier drops. */
  gracePeriodDays: number;
  /** The version of the terms members consent to. */
  termsVersion: string;
  /** Lowest first; the first is where every member starts. */
  tiers: Array<LoyaltySchemeTierInput>;
};

export type LoyaltySchemeTierInput = {
  /** Upper-case letters, digits and underscores. */
  code: string;
  name: string;
  /** Qualifying points in the window that reach the tier (0 for the entry tier). */
  qualifyingPoints: number;
  /** Trips in the window that reach the tier, as an alternative to points. */
  qualifyingTrips?: number | null | undefined;
  /** Qualifying points in the window needed at the end of the tier period to keep the tier. */
  retentionPoints: number;
};

/** Whether a membership is used for business or leisure travel; partner systems never see LEISURE ones. */
export type MembershipContext =
  | 'BUSINESS'
  | 'LEISURE';

export type MembershipNumberFormatInput = {
  checkDigit: CheckDigitRule;
  maxLength: number;
  minLength: number;
  /** A regular expression the whole number must match, e.g. ^[0-9]{9}$; null: any characters. */
  pattern?: string | null | undefined;
};

export type MembershipStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'SUSPENDED';

export type MergeFieldChoiceInput = {
  field: MergeableProfileField;
  from: MergeSide;
};

/** Fields not chosen keep the survivor’s value, except tags, which keep both profiles’. */
export type MergeProfilesInput = {
  fieldChoices?: Array<MergeFieldChoiceInput>;
  /** The profile that becomes MERGED and resolves to the survivor from then on. */
  mergedId: string | number;
  mergedVersion: number;
  /** The profile that remains. */
  survivorId: string | number;
  survivorVersion: number;
};

export type MergeSide =
  /** Lists only (e-mails, phones, addresses, emergency contacts, nationalities, tags): the survivor’s entries, then the other’s not already there. */
  | 'BOTH'
  | 'MERGED'
  | 'SURVIVOR';

export type MergeableProfileField =
  | 'ADDRESSES'
  /** MERGED needs profiles.personal:read. */
  | 'DATE_OF_BIRTH'
  | 'DEPARTMENT'
  | 'EMAILS'
  | 'EMERGENCY_CONTACTS'
  | 'FAMILY_NAME'
  | 'GIVEN_NAME'
  | 'MIDDLE_NAME'
  /** MERGED or BOTH needs profiles.documents:write. */
  | 'NATIONALITIES'
  | 'NATIVE_NAME'
  | 'PHONES'
  | 'PREFERRED_LANGUAGE'
  | 'PREFERRED_NAME'
  /** MERGED needs profiles.special:write. */
  | 'SPECIAL_NEEDS'
  /** BOTH unless chosen. */
  | 'TAGS'
  | 'TITLE'
  /** VIP status with its note. */
  | 'VIP';

export type OfferCatalogueFilter = {
  kind?: OfferKind | null | undefined;
  /** Start of the code or the name. */
  search?: string | null | undefined;
};

export type OfferCatalogueSort = {
  direction?: SortDirection;
  field: OfferCatalogueSortField;
};

export type OfferCatalogueSortField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME';

/** What part of the organisation’s travel offer an entry is. */
export type OfferKind =
  | 'AIRLINE'
  | 'CAR_HIRE'
  | 'DEPARTURE_AIRPORT'
  | 'HOTEL_CHAIN'
  | 'RAIL_OPERATOR';

export type OfficeInput = {
  city: string;
  /** ISO 3166-1 alpha-2 */
  countryCode: string;
  name: string;
};

export type OpenComplaintInput = {
  category: ComplaintCategory;
  conversationId?: string | number | null | undefined;
  description: string;
  /** Who handles it; the caller when not given. */
  ownerId?: string | number | null | undefined;
  profileId: string | number;
  /** Sets the clocks’ targets (see complaintSlaPolicy). */
  severity: ComplaintSeverity;
  subject: string;
  team?: string | null | undefined;
};

/** A page of a list: give `after` (from `nextCursor`) to walk on, or `offset` to jump. */
export type PageInput = {
  after?: string | null | undefined;
  limit?: number;
  offset?: number | null | undefined;
};

export type PartnerClientFilter = {
  revoked?: boolean | null | undefined;
  /** Start of the name. */
  search?: string | null | undefined;
};

export type PartnerClientSort = {
  direction?: SortDirection;
  field: PartnerClientSortField;
};

export type PartnerClientSortField =
  | 'CREATED_AT'
  | 'NAME';

export type PassportInput = {
  expiryDate: string;
  /** An existing passport to keep; omit number to keep its number. */
  id?: string | number | null | undefined;
  issueDate?: string | null | undefined;
  /** ISO 3166-1 alpha-2 */
  issuingCountry: string;
  /** ISO 3166-1 alpha-2 */
  nationality?: string | null | undefined;
  number?: string | null | undefined;
};

export type PhoneInput = {
  isDefault?: boolean;
  /** E.164, e.g. +447700900123 */
  number: string;
  type?: ContactType;
};

export type PolicyRule =
  | 'ADVANCE_BOOKING'
  | 'AIRLINES'
  | 'CABIN_CLASS'
  | 'CAR_CLASS'
  | 'CAR_HIRE_FIRMS'
  | 'HOTEL_CAP'
  | 'HOTEL_CHAINS'
  | 'LOWER_CARBON'
  | 'RAIL_CLASS';

export type PolicyRulesInput = {
  /** Book at least this many days ahead. */
  advanceBookingDays?: number | null | undefined;
  approval?: ApprovalLevel | null | undefined;
  /** E-mail addresses of the approvers. */
  approvers?: Array<string> | null | undefined;
  blockedAirlines?: Array<string> | null | undefined;
  blockedCarHireFirms?: Array<string> | null | undefined;
  blockedHotelChains?: Array<string> | null | undefined;
  cabinByDuration?: Array<CabinRuleInput> | null | undefined;
  /** ACRISS categories allowed (first letter of the car code, e.g. E, C, I). */
  carClasses?: Array<string> | null | undefined;
  /** On an override, caps replace the inherited cap for the same country and city only. */
  hotelCaps?: Array<HotelCapInput> | null | undefined;
  /** Whether a traveller may take more than the policy allows, paying the difference. */
  personalPreferencesAtOwnCost?: boolean | null | undefined;
  /** IATA airline codes. */
  preferredAirlines?: Array<string> | null | undefined;
  /** Car hire firm codes, e.g. ZE, ZI. */
  preferredCarHireFirms?: Array<string> | null | undefined;
  /** GDS hotel chain codes. */
  preferredHotelChains?: Array<string> | null | undefined;
  /** Lower carbon: journeys shorter than this many km go by rail. */
  railBelowKm?: number | null | undefined;
  /** Highest rail class. */
  railClass?: RailClass | null | undefined;
};

/** Whom a policy applies to: the whole account, or an override for a department or a grade. */
export type PolicyScope =
  | 'ACCOUNT'
  | 'DEPARTMENT'
  | 'GRADE';

export type PreferenceCategory =
  | 'AIRLINE'
  | 'ALLIANCE'
  | 'CABIN_CLASS'
  | 'CAR_HIRE'
  | 'DEPARTURE_AIRPORT'
  | 'HOTEL_CHAIN'
  | 'MEAL'
  | 'MOBILITY'
  | 'RAIL_CLASS'
  | 'ROOM_TYPE'
  | 'ROUTE'
  | 'SEATING'
  | 'SMOKING'
  | 'SUSTAINABILITY'
  | 'TRANSPORT_MODE'
  | 'VISUAL_HEARING';

export type PreferenceStance =
  | 'AVOIDED'
  | 'PREFERRED'
  | 'REQUIRED';

export type ProfileExportFormat =
  | 'CSV'
  | 'JSON';

export type ProfileFilter = {
  department?: string | null | undefined;
  /** Exact number of a passport, visa, vaccination certificate or insurance policy; matched by keyed hash. */
  documentNumber?: string | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Exact phone number in E.164, e.g. +447700900123. */
  phone?: string | null | undefined;
  /** Start of a name (family or given first, any accents, or in native script) or of an e-mail address; at least one letter or digit. */
  search?: string | null | undefined;
  /** A derived segment, e.g. region:europe, age:25-34, context:business, vip, loyalty:member, loyalty:gold; special-needs needs profiles.special:read. */
  segment?: string | null | undefined;
  status?: ProfileStatus | null | undefined;
  /** A free tag, any case or accents. */
  tag?: string | null | undefined;
};

/** What an incomplete profile lacks. */
export type ProfileGap =
  | 'DATE_OF_BIRTH'
  | 'DEFAULT_ADDRESS'
  | 'EMAIL'
  | 'PASSPORT'
  | 'PHONE';

export type ProfileImportStatus =
  | 'COMPLETED'
  | 'OPEN';

export type ProfileSort = {
  direction?: SortDirection;
  field: ProfileSortField;
};

export type ProfileSortField =
  | 'CREATED_AT'
  | 'FAMILY_NAME'
  | 'UPDATED_AT';

export type ProfileStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'ERASED'
  | 'MERGED';

export type RailClass =
  | 'FIRST'
  | 'STANDARD';

export type RecordComplaintSatisfactionInput = {
  comment?: string | null | undefined;
  /** The version this change was based on. */
  expectedVersion: number;
  /** 1 (very dissatisfied) to 5 (very satisfied). */
  score: number;
};

export type RecordConsentInput = {
  channel: ConsentChannel;
  /** The profile’s version the record was based on. */
  expectedVersion: number;
  /** False records a refusal. */
  granted?: boolean;
  legalBasis: LegalBasis;
  /** The privacy notice the traveller was shown, e.g. 2026-01. */
  noticeVersion: string;
  purpose: ConsentPurpose;
};

export type RecordFeedbackInput = {
  bookingReference?: string | null | undefined;
  channel: FeedbackChannel;
  comment?: string | null | undefined;
  /** When the traveller gave it; now when not given, never in the future. */
  givenAt?: string | null | undefined;
  productType: FeedbackProductType;
  profileId: string | number;
  /** 1 (poor) to 5 (excellent). */
  rating: number;
  supplierCode: string;
  supplierName: string;
};

/** A voice or video call recorded or monitored (PC3): the customer was told and agreed. */
export type RecordingAgreementInput = {
  /** When the customer agreed; the interaction’s time when not given. */
  agreedAt?: string | null | undefined;
  /** The customer was told of the recording or monitoring and agreed: must be true. */
  customerToldAndAgreed: boolean;
  monitored?: boolean;
  /** Needs the traveller’s CALL_RECORDING consent in force in profiles. */
  recorded?: boolean;
  /** The staff member who told the customer and took the agreement; the interaction’s staff member when not given. */
  takenByStaffId?: string | number | null | undefined;
};

/** Points for a reward (its price, one of its stock) or a plain number of points: exactly one. */
export type RedeemLoyaltyPointsInput = {
  memberId: string | number;
  points?: number | null | undefined;
  rewardId?: string | number | null | undefined;
};

/** Refer to a colleague (toStaffId) or to a team (toTeam): exactly one. */
export type ReferConversationInput = {
  conversationId: string | number;
  /** The reason given to the customer. */
  reasonGiven: string;
  toStaffId?: string | number | null | undefined;
  toTeam?: string | null | undefined;
};

export type ReferralChangeInput = {
  expectedVersion: number;
};

export type ReferralFilter = {
  conversationId?: string | number | null | undefined;
  status?: ReferralStatus | null | undefined;
  team?: string | null | undefined;
  toStaffId?: string | number | null | undefined;
};

/** OPEN in the worklist, ACCEPTED by a colleague, CLOSED when dealt with. */
export type ReferralStatus =
  | 'ACCEPTED'
  | 'CLOSED'
  | 'OPEN';

export type ReminderFilter = {
  kind: ReminderKind;
  profileId?: string | number | null | undefined;
  /** Due within this many days from today, overdue included. Default: six months for passports, 90 days for other documents, 30 for reviews; incomplete profiles are always due. */
  withinDays?: number | null | undefined;
};

export type ReminderKind =
  /** A visa, vaccination certificate, entry endorsement or insurance policy ending or ended. */
  | 'DOCUMENT_EXPIRING'
  /** One missing item of the profile (see missing). */
  | 'INCOMPLETE'
  /** A passport (the latest of each issuing country) expiring or expired. */
  | 'PASSPORT_EXPIRING'
  /** Special needs whose profile review falls due; needs profiles.special:read. */
  | 'SPECIAL_NEEDS_REVIEW'
  /** The profile was never checked with the traveller, or its review falls due. */
  | 'VERIFICATION_DUE'
  /** A VIP whose profile review falls due. */
  | 'VIP_REVIEW';

/** New rules from a date (today or later, after the latest version); earlier versions stay as they were. */
export type ReviseLoyaltySchemeInput = {
  effectiveFrom: string;
  expectedVersion: number;
  rules: LoyaltySchemeRulesInput;
};

/** A new version of the rules from a date; earlier versions stay as they were. */
export type ReviseTravelPolicyInput = {
  effectiveFrom: string;
  expectedVersion: number;
  rules: PolicyRulesInput;
};

export type ScheduleCampaignInput = {
  expectedVersion: number;
  /** In the future. */
  sendAt: string;
};

export type SetEntryEndorsementsInput = {
  /** Replaces the list. */
  entryEndorsements: Array<EntryEndorsementInput>;
  /** The profile version the change is based on. */
  expectedVersion: number;
};

export type SetNationalitiesInput = {
  /** The profile version the change is based on. */
  expectedVersion: number;
  /** ISO 3166-1 alpha-2 codes; replaces the list. */
  nationalities: Array<string>;
};

export type SetProfileFlagsInput = {
  expectedVersion: number;
  /** Needs profiles.special:write and profiles.special:read; true needs the traveller’s active SPECIAL_CATEGORY consent, and withdrawing it clears the flag. */
  specialNeeds?: boolean | null | undefined;
  vip?: boolean | null | undefined;
  /** Why the traveller is a VIP and what that means for them; cleared when vip is turned off. */
  vipNote?: string | null | undefined;
};

export type SetProfileTagsInput = {
  expectedVersion: number;
  /** The whole set (at most 30, each 1–40 characters); replaces the current tags. */
  tags: Array<string>;
};

export type SetTravelInsuranceInput = {
  /** The profile version the change is based on. */
  expectedVersion: number;
  /** Replaces the list. */
  travelInsurance: Array<TravelInsuranceInput>;
};

/** The whole list: it replaces the one stored. */
export type SetTravelPreferencesInput = {
  /** The profile’s version the list was based on. */
  expectedVersion: number;
  preferences: Array<TravelPreferenceInput>;
};

export type SetVaccinationsInput = {
  /** The profile version the change is based on. */
  expectedVersion: number;
  /** Replaces the list. */
  vaccinations: Array<VaccinationCertificateInput>;
};

export type SetVisasInput = {
  /** The profile version the change is based on. */
  expectedVersion: number;
  /** Replaces the list. */
  visas: Array<VisaInput>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StaffMemberFilter = {
  active?: boolean | null | undefined;
  role?: string | null | undefined;
  /** Start of the username or display name. */
  search?: string | null | undefined;
};

export type StaffMemberSort = {
  direction?: SortDirection;
  field: StaffMemberSortField;
};

export type StaffMemberSortField =
  | 'CREATED_AT'
  | 'USERNAME';

export type StartProfileImportInput = {
  /** The CSV header: column names from profileImportColumns, in file order. */
  columns: Array<string>;
  /** Check and report every row, store nothing. */
  dryRun: boolean;
  /** Rows in the file, for progress. */
  expectedRows?: number | null | undefined;
  /** Why these travellers’ profiles may be stored, for rows without a legalBasis column value. */
  lawfulBasis?: LawfulBasisInput | null | undefined;
};

export type SupplierProgrammeFilter = {
  active?: boolean | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** Start of the name, or the owner code. */
  search?: string | null | undefined;
  sector?: SupplierSector | null | undefined;
};

export type SupplierProgrammeSort = {
  direction?: SortDirection;
  field: SupplierProgrammeSortField;
};

export type SupplierProgrammeSortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'OWNER_CODE';

/** What a supplier programme’s owner sells: flights, hotel stays, car hire or rail travel. */
export type SupplierSector =
  | 'AIR'
  | 'CAR'
  | 'HOTEL'
  | 'RAIL';

export type TimelineFilter = {
  /** Only entries on these channels (entries without a channel are left out). */
  channels?: Array<InteractionChannel> | null | undefined;
  kinds?: Array<TimelineKind> | null | undefined;
};

/** UNDERTAKING and COMPLAINT stand at the time they were made or received, FEEDBACK when it was given, CAMPAIGN_MESSAGE when it was sent. */
export type TimelineKind =
  | 'CAMPAIGN_MESSAGE'
  | 'COMPLAINT'
  | 'FEEDBACK'
  | 'INTERACTION'
  | 'UNDERTAKING';

export type TransitionComplaintInput = {
  /** The version this change was based on. */
  expectedVersion: number;
  /** Why, for the record. */
  note?: string | null | undefined;
  /** Required to move to RESOLVED, and given only then. */
  resolution?: string | null | undefined;
  /** Where the complaint moves; the workflow says from where (see ComplaintStatus). */
  to: ComplaintStatus;
};

/** Whether a preference applies to business trips, leisure trips or both. */
export type TravelContext =
  | 'ANY'
  | 'BUSINESS'
  | 'LEISURE';

export type TravelInsuranceInput = {
  context?: TravelContext;
  coverFrom: string;
  coverUntil: string;
  /** E.164, e.g. +442071234567 */
  emergencyPhone?: string | null | undefined;
  /** An existing entry to keep; omit for a new one. */
  id?: string | number | null | undefined;
  insurer: string;
  /** Required for a new entry; omit to keep the stored number. */
  number?: string | null | undefined;
};

export type TravelPreferenceInput = {
  category: PreferenceCategory;
  context?: TravelContext;
  notes?: string | null | undefined;
  stance?: PreferenceStance;
  /** A code from the category’s list (IATA, ACRISS, GDS) or, for ROUTE, free text. */
  value: string;
};

export type TravellerType =
  | 'CONTRACTOR'
  | 'EMPLOYEE'
  | 'GUEST';

export type UndertakingFilter = {
  /** Due before this time. */
  dueBefore?: string | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** True: open and past the promised time; false: everything else. */
  overdue?: boolean | null | undefined;
  ownerId?: string | number | null | undefined;
  profileId?: string | number | null | undefined;
  status?: UndertakingStatus | null | undefined;
  team?: string | null | undefined;
};

export type UndertakingSort = {
  direction?: SortDirection;
  field: UndertakingSortField;
};

export type UndertakingSortField =
  | 'CREATED_AT'
  | 'DUE_AT';

export type UndertakingStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

/** A draft’s new name, audience or content; what is left out stays. */
export type UpdateCampaignInput = {
  audience?: CampaignAudienceInput | null | undefined;
  contents?: Array<CampaignContentInput> | null | undefined;
  defaultLanguage?: string | null | undefined;
  expectedVersion: number;
  name?: string | null | undefined;
};

export type UpdateCorporateAccountInput = {
  /** The staff member who manages the account. */
  accountManagerId?: string | number | null | undefined;
  billingAddress?: BillingAddressInput | null | undefined;
  contacts?: Array<AccountContactInput> | null | undefined;
  contractEnd?: string | null | undefined;
  contractStart?: string | null | undefined;
  costCentres?: Array<CostCentreInput> | null | undefined;
  departments?: Array<DepartmentInput> | null | undefined;
  /** The version this change was based on. */
  expectedVersion: number;
  legalEntities?: Array<LegalEntityInput> | null | undefined;
  legalName?: string | null | undefined;
  offices?: Array<OfficeInput> | null | undefined;
  registrationNumber?: string | null | undefined;
  /** ARCHIVED stops new travellers being linked. */
  status?: AccountStatus | null | undefined;
};

export type UpdateLoyaltyRewardInput = {
  active?: boolean | null | undefined;
  /** The version this change was based on. */
  expectedVersion: number;
  name?: string | null | undefined;
  pointsPrice?: number | null | undefined;
  /** Null: unlimited. */
  stock?: number | null | undefined;
};

export type UpdateProfileInput = {
  addresses?: Array<AddressInput> | null | undefined;
  /** Needs profiles.personal:read. */
  dateOfBirth?: string | null | undefined;
  department?: string | null | undefined;
  emails?: Array<EmailInput> | null | undefined;
  emergencyContacts?: Array<EmergencyContactInput> | null | undefined;
  /** The version this change was based on; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  familyName?: string | null | undefined;
  givenName?: string | null | undefined;
  middleName?: string | null | undefined;
  /** The name in the traveller’s own script, e.g. 王小明. */
  nativeName?: string | null | undefined;
  /** Needs profiles.documents:write. */
  passports?: Array<PassportInput> | null | undefined;
  phones?: Array<PhoneInput> | null | undefined;
  /** BCP 47 language tag, e.g. en, zh-CN, pt-BR. */
  preferredLanguage?: string | null | undefined;
  preferredName?: string | null | undefined;
  title?: string | null | undefined;
};

/** Only the fields given change. */
export type UpdateStaffMemberInput = {
  active?: boolean | null | undefined;
  displayName?: string | null | undefined;
  /** The version this change was based on. */
  expectedVersion: number;
  password?: string | null | undefined;
  roles?: Array<string> | null | undefined;
};

export type UpdateSupplierMembershipInput = {
  context?: MembershipContext | null | undefined;
  /** The version this change was based on. */
  expectedVersion: number;
  expiresOn?: string | null | undefined;
  /** Checked against the programme’s numberFormat (spaces removed, letters upper-cased). */
  number?: string | null | undefined;
  /** As the supplier reports it; pointsReadOn defaults to today when points are given. */
  points?: number | null | undefined;
  pointsReadOn?: string | null | undefined;
  /** Making one primary makes the traveller’s previous primary membership of the sector no longer primary. */
  primary?: boolean | null | undefined;
  /** ACTIVE or SUSPENDED; closing is closeSupplierMembership. */
  status?: MembershipStatus | null | undefined;
  /** One of the programme’s tierNames. */
  tier?: string | null | undefined;
  tierExpiresOn?: string | null | undefined;
};

export type UpdateSupplierProgrammeInput = {
  active?: boolean | null | undefined;
  /** Airlines only; null for none. */
  alliance?: Alliance | null | undefined;
  /** The version this change was based on. */
  expectedVersion: number;
  name?: string | null | undefined;
  numberFormat?: MembershipNumberFormatInput | null | undefined;
  /** Checked against the sector’s code shape; upper-cased. */
  ownerCode?: string | null | undefined;
  /** Lowest tier first; distinct, ignoring case. */
  tierNames?: Array<string> | null | undefined;
};

export type VaccinationCertificateInput = {
  context?: TravelContext;
  dateGiven: string;
  disease: string;
  /** Omit when valid for life. */
  expiryDate?: string | null | undefined;
  /** An existing entry to keep; omit for a new one. */
  id?: string | number | null | undefined;
  /** Required for a new entry; omit to keep the stored number. */
  number?: string | null | undefined;
};

/** Entries allowed, or the electronic authorisation scheme. */
export type VisaEntryType =
  | 'DOUBLE'
  | 'ESTA'
  | 'ETA'
  | 'MULTIPLE'
  | 'SCHENGEN'
  | 'SINGLE';

export type VisaInput = {
  authorisedStayDays?: number | null | undefined;
  context?: TravelContext;
  /** The issuing country, ISO 3166-1 alpha-2 */
  country: string;
  entryType: VisaEntryType;
  /** An existing entry to keep; omit for a new one. */
  id?: string | number | null | undefined;
  /** Required for a new entry; omit to keep the stored number. */
  number?: string | null | undefined;
  validFrom: string;
  validUntil: string;
};

export type WithdrawConsentInput = {
  consentId: string | number;
  expectedVersion: number;
};

export type AuditEventFieldsFragment = { id: string, occurredAt: string, service: string, actorId: string, actorKind: string, client: string, operation: string, subjectType: string, subjectIds: Array<string>, fields: Array<string>, outcome: string, errorCode: string | null };

export type AuditEventListQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  sort?: AuditEventSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AuditEventListQuery = { auditEvents: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, occurredAt: string, service: string, actorId: string, actorKind: string, client: string, operation: string, subjectType: string, subjectIds: Array<string>, fields: Array<string>, outcome: string, errorCode: string | null }> } };

export type AuditEventByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditEventByIdQuery = { auditEvent: { id: string, occurredAt: string, service: string, actorId: string, actorKind: string, client: string, operation: string, subjectType: string, subjectIds: Array<string>, fields: Array<string>, outcome: string, errorCode: string | null } | null };

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInMutation = { signIn: { token: string, expiresAt: string, roles: Array<string>, scopes: Array<string>, staffMember: { id: string, username: string, displayName: string } } };

export type CampaignPartsFragment = { id: string, name: string, channel: CampaignChannel, status: CampaignStatus, defaultLanguage: string, sendAt: string | null, startedAt: string | null, finishedAt: string | null, version: number, createdAt: string, updatedAt: string, audience: { segments: Array<string>, tags: Array<string>, accountId: string | null }, contents: Array<{ language: string, subject: string | null, body: string }>, deliveryCounts: Array<{ status: DeliveryStatus, count: number }> };

export type CampaignListQueryVariables = Exact<{
  status?: CampaignStatus | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type CampaignListQuery = { campaigns: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, name: string, channel: CampaignChannel, status: CampaignStatus, sendAt: string | null, startedAt: string | null, finishedAt: string | null, updatedAt: string }> } };

export type CampaignByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignByIdQuery = { campaign: { id: string, name: string, channel: CampaignChannel, status: CampaignStatus, defaultLanguage: string, sendAt: string | null, startedAt: string | null, finishedAt: string | null, version: number, createdAt: string, updatedAt: string, audience: { segments: Array<string>, tags: Array<string>, accountId: string | null }, contents: Array<{ language: string, subject: string | null, body: string }>, deliveryCounts: Array<{ status: DeliveryStatus, count: number }> } | null };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { createCampaign: { id: string, name: string, channel: CampaignChannel, status: CampaignStatus, defaultLanguage: string, sendAt: string | null, startedAt: string | null, finishedAt: string | null, version: number, createdAt: string, updatedAt: string, audience: { segments: Array<string>, tags: Array<string>, accountId: string | null }, contents: Array<{ language: string, subject: string | null, body: string }>, deliveryCounts: Array<{ status: DeliveryStatus, count: number }> } };

export type UpdateCampaignMutationVariables = Exact<{
  id: string | number;
  input: UpdateCampaignInput;
}>;


export type UpdateCampaignMutation = { updateCampaign: { id: string, name: string, channel: CampaignChannel, status: CampaignStatus, defaultLanguage: string, sendAt: string | null, startedAt: string | null, finishedAt: string | null, version: number, createdAt: string, updatedAt: string, audience: { segments: Array<string>, tags: Array<string>, accountId: string | null }, contents: Array<{ language: string, subject: string | null, body: string }>, deliveryCounts: Array<{ status: DeliveryStatus, count: number }> } };

export type ScheduleCampaignMutationVariables = Exact<{
  id: string | number;
  input: ScheduleCampaignInput;
}>;


export type ScheduleCampaignMutation = { scheduleCampaign: { id: string, name: string, channel: CampaignChannel, status: CampaignStatus, defaultLanguage: string, sendAt: string | null, startedAt: string | null, finishedAt: string | null, version: number, createdAt: string, updatedAt: string, audience: { segments: Array<string>, tags: Array<string>, accountId: string | null }, contents: Array<{ language: string, subject: string | null, body: string }>, deliveryCounts: Array<{ status: DeliveryStatus, count: number }> } };

export type SendCampaignMutationVariables = Exact<{
  id: string | number;
  input: CampaignVersionInput;
}>;


export type SendCampaignMutation = { sendCampaign: { id: string, name: string, channel: CampaignChannel, status: CampaignStatus, defaultLanguage: string, sendAt: string | null, startedAt: string | null, finishedAt: string | null, version: number, createdAt: string, updatedAt: string, audience: { segments: Array<string>, tags: Array<string>, accountId: string | null }, contents: Array<{ language: string, subject: string | null, body: string }>, deliveryCounts: Array<{ status: DeliveryStatus, count: number }> } };

export type CancelCampaignMutationVariables = Exact<{
  id: string | number;
  input: CampaignVersionInput;
}>;


export type CancelCampaignMutation = { cancelCampaign: { id: string, name: string, channel: CampaignChannel, status: CampaignStatus, defaultLanguage: string, sendAt: string | null, startedAt: string | null, finishedAt: string | null, version: number, createdAt: string, updatedAt: string, audience: { segments: Array<string>, tags: Array<string>, accountId: string | null }, contents: Array<{ language: string, subject: string | null, body: string }>, deliveryCounts: Array<{ status: DeliveryStatus, count: number }> } };

export type CampaignDryRunQueryVariables = Exact<{
  id: string | number;
  limit: number;
}>;


export type CampaignDryRunQuery = { campaignDryRun: { recipientCount: number, exclusionCounts: Array<{ reason: ExclusionReason, count: number }>, recipients: Array<{ language: string | null, profile: { id: string, fullName: string } }>, excluded: Array<{ reason: ExclusionReason, profile: { id: string, fullName: string } }> } };

export type CampaignRecipientsQueryVariables = Exact<{
  id: string | number;
  status?: DeliveryStatus | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type CampaignRecipientsQuery = { campaign: { id: string, recipients: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, status: DeliveryStatus, exclusion: ExclusionReason | null, language: string | null, error: string | null, sentAt: string | null, profile: { id: string, fullName: string } }> } } | null };

export type ComplaintRowPartsFragment = { id: string, subject: string | null, category: ComplaintCategory, severity: ComplaintSeverity, status: ComplaintStatus, team: string | null, createdAt: string, acknowledgeDueAt: string, acknowledgedAt: string | null, resolveDueAt: string | null, resolveClockPaused: boolean, escalated: boolean, acknowledgeBreached: boolean, resolveBreached: boolean, followUpDueAt: string | null, satisfactionScore: number | null, version: number, profile: { id: string, fullName: string } | null, owner: { id: string, displayName: string } };

export type ComplaintPartsFragment = { description: string | null, resolution: string | null, resolvedAt: string | null, closedAt: string | null, reopenCount: number, escalatedAt: string | null, satisfactionComment: string | null, satisfactionRecordedAt: string | null, allowedTransitions: Array<ComplaintStatus>, id: string, subject: string | null, category: ComplaintCategory, severity: ComplaintSeverity, status: ComplaintStatus, team: string | null, createdAt: string, acknowledgeDueAt: string, acknowledgedAt: string | null, resolveDueAt: string | null, resolveClockPaused: boolean, escalated: boolean, acknowledgeBreached: boolean, resolveBreached: boolean, followUpDueAt: string | null, satisfactionScore: number | null, version: number, transitions: Array<{ id: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, note: string | null, at: string }>, escalations: Array<{ id: string, clock: ComplaintClock, breached: boolean, dueAt: string, escalatedAt: string }>, profile: { id: string, fullName: string } | null, owner: { id: string, displayName: string } };

export type ComplaintListQueryVariables = Exact<{
  filter?: ComplaintFilter | null | undefined;
  sort?: ComplaintSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type ComplaintListQuery = { complaints: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, subject: string | null, category: ComplaintCategory, severity: ComplaintSeverity, status: ComplaintStatus, team: string | null, createdAt: string, acknowledgeDueAt: string, acknowledgedAt: string | null, resolveDueAt: string | null, resolveClockPaused: boolean, escalated: boolean, acknowledgeBreached: boolean, resolveBreached: boolean, followUpDueAt: string | null, satisfactionScore: number | null, version: number, profile: { id: string, fullName: string } | null, owner: { id: string, displayName: string } }> } };

export type ComplaintByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ComplaintByIdQuery = { complaint: { description: string | null, resolution: string | null, resolvedAt: string | null, closedAt: string | null, reopenCount: number, escalatedAt: string | null, satisfactionComment: string | null, satisfactionRecordedAt: string | null, allowedTransitions: Array<ComplaintStatus>, id: string, subject: string | null, category: ComplaintCategory, severity: ComplaintSeverity, status: ComplaintStatus, team: string | null, createdAt: string, acknowledgeDueAt: string, acknowledgedAt: string | null, resolveDueAt: string | null, resolveClockPaused: boolean, escalated: boolean, acknowledgeBreached: boolean, resolveBreached: boolean, followUpDueAt: string | null, satisfactionScore: number | null, version: number, transitions: Array<{ id: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, note: string | null, at: string }>, escalations: Array<{ id: string, clock: ComplaintClock, breached: boolean, dueAt: string, escalatedAt: string }>, profile: { id: string, fullName: string } | null, owner: { id: string, displayName: string } } | null };

export type OpenComplaintMutationVariables = Exact<{
  input: OpenComplaintInput;
}>;


export type OpenComplaintMutation = { openComplaint: { description: string | null, resolution: string | null, resolvedAt: string | null, closedAt: string | null, reopenCount: number, escalatedAt: string | null, satisfactionComment: string | null, satisfactionRecordedAt: string | null, allowedTransitions: Array<ComplaintStatus>, id: string, subject: string | null, category: ComplaintCategory, severity: ComplaintSeverity, status: ComplaintStatus, team: string | null, createdAt: string, acknowledgeDueAt: string, acknowledgedAt: string | null, resolveDueAt: string | null, resolveClockPaused: boolean, escalated: boolean, acknowledgeBreached: boolean, resolveBreached: boolean, followUpDueAt: string | null, satisfactionScore: number | null, version: number, transitions: Array<{ id: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, note: string | null, at: string }>, escalations: Array<{ id: string, clock: ComplaintClock, breached: boolean, dueAt: string, escalatedAt: string }>, profile: { id: string, fullName: string } | null, owner: { id: string, displayName: string } } };

export type TransitionComplaintMutationVariables = Exact<{
  id: string | number;
  input: TransitionComplaintInput;
}>;


export type TransitionComplaintMutation = { transitionComplaint: { description: string | null, resolution: string | null, resolvedAt: string | null, closedAt: string | null, reopenCount: number, escalatedAt: string | null, satisfactionComment: string | null, satisfactionRecordedAt: string | null, allowedTransitions: Array<ComplaintStatus>, id: string, subject: string | null, category: ComplaintCategory, severity: ComplaintSeverity, status: ComplaintStatus, team: string | null, createdAt: string, acknowledgeDueAt: string, acknowledgedAt: string | null, resolveDueAt: string | null, resolveClockPaused: boolean, escalated: boolean, acknowledgeBreached: boolean, resolveBreached: boolean, followUpDueAt: string | null, satisfactionScore: number | null, version: number, transitions: Array<{ id: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, note: string | null, at: string }>, escalations: Array<{ id: string, clock: ComplaintClock, breached: boolean, dueAt: string, escalatedAt: string }>, profile: { id: string, fullName: string } | null, owner: { id: string, displayName: string } } };

export type RecordComplaintSatisfactionMutationVariables = Exact<{
  id: string | number;
  input: RecordComplaintSatisfactionInput;
}>;


export type RecordComplaintSatisfactionMutation = { recordComplaintSatisfaction: { description: string | null, resolution: string | null, resolvedAt: string | null, closedAt: string | null, reopenCount: number, escalatedAt: string | null, satisfactionComment: string | null, satisfactionRecordedAt: string | null, allowedTransitions: Array<ComplaintStatus>, id: string, subject: string | null, category: ComplaintCategory, severity: ComplaintSeverity, status: ComplaintStatus, team: string | null, createdAt: string, acknowledgeDueAt: string, acknowledgedAt: string | null, resolveDueAt: string | null, resolveClockPaused: boolean, escalated: boolean, acknowledgeBreached: boolean, resolveBreached: boolean, followUpDueAt: string | null, satisfactionScore: number | null, version: number, transitions: Array<{ id: string, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus, note: string | null, at: string }>, escalations: Array<{ id: string, clock: ComplaintClock, breached: boolean, dueAt: string, escalatedAt: string }>, profile: { id: string, fullName: string } | null, owner: { id: string, displayName: string } } };

export type FeedbackListQueryVariables = Exact<{
  filter?: FeedbackFilter | null | undefined;
  sort?: FeedbackSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type FeedbackListQuery = { feedbacks: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, productType: FeedbackProductType, supplierCode: string, supplierName: string, rating: number, comment: string | null, channel: FeedbackChannel, bookingReference: string | null, givenAt: string, profile: { id: string, fullName: string } | null, recordedBy: { id: string, displayName: string } }> } };

export type FeedbackSummaryQueryVariables = Exact<{
  filter?: FeedbackSummaryFilter | null | undefined;
}>;


export type FeedbackSummaryQuery = { feedbackSummary: { count: number, averageRating: number | null, products: Array<{ productType: FeedbackProductType, count: number, averageRating: number | null }>, suppliers: Array<{ supplierCode: string, supplierName: string, count: number, averageRating: number | null }> } };

export type RecordFeedbackMutationVariables = Exact<{
  input: RecordFeedbackInput;
}>;


export type RecordFeedbackMutation = { recordFeedback: { id: string } };

export type InteractionRowPartsFragment = { id: string, channel: InteractionChannel, direction: InteractionDirection, requirement: CustomerRequirement, occurredAt: string, durationSeconds: number | null, confidential: boolean, profile: { id: string, fullName: string } | null, staffMember: { id: string, displayName: string } | null };

export type InteractionDetailPartsFragment = { summary: string | null, outcome: string | null, id: string, channel: InteractionChannel, direction: InteractionDirection, requirement: CustomerRequirement, occurredAt: string, durationSeconds: number | null, confidential: boolean, conversation: { id: string }, recordingAgreement: { recorded: boolean, monitored: boolean, agreedAt: string, takenBy: { id: string, displayName: string } } | null, profile: { id: string, fullName: string } | null, staffMember: { id: string, displayName: string } | null };

export type InteractionListQueryVariables = Exact<{
  filter?: InteractionFilter | null | undefined;
  direction?: SortDirection | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type InteractionListQuery = { interactions: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, channel: InteractionChannel, direction: InteractionDirection, requirement: CustomerRequirement, occurredAt: string, durationSeconds: number | null, confidential: boolean, profile: { id: string, fullName: string } | null, staffMember: { id: string, displayName: string } | null }> } };

export type InteractionByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type InteractionByIdQuery = { interaction: { summary: string | null, outcome: string | null, id: string, channel: InteractionChannel, direction: InteractionDirection, requirement: CustomerRequirement, occurredAt: string, durationSeconds: number | null, confidential: boolean, conversation: { id: string }, recordingAgreement: { recorded: boolean, monitored: boolean, agreedAt: string, takenBy: { id: string, displayName: string } } | null, profile: { id: string, fullName: string } | null, staffMember: { id: string, displayName: string } | null } | null };

export type LogInteractionMutationVariables = Exact<{
  input: LogInteractionInput;
}>;


export type LogInteractionMutation = { logInteraction: { id: string } };

export type ProfileTimelineQueryVariables = Exact<{
  id: string | number;
  filter?: TimelineFilter | null | undefined;
  page?: PageInput | null | undefined;
  canReadCampaigns: boolean;
}>;


export type ProfileTimelineQuery = { profile: { id: string, timeline: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, kind: TimelineKind, occurredAt: string, channel: InteractionChannel | null, item:
          | { __typename: 'CampaignRecipient', id: string, exclusion: ExclusionReason | null, sentAt: string | null, deliveryStatus: DeliveryStatus, campaign?: { id: string, name: string } }
          | { __typename: 'Complaint', id: string, subject: string | null, severity: ComplaintSeverity, complaintStatus: ComplaintStatus, owner: { id: string, displayName: string } }
          | { __typename: 'Feedback', id: string, productType: FeedbackProductType, supplierName: string, rating: number, comment: string | null, recordedBy: { id: string, displayName: string } }
          | { __typename: 'Interaction', summary: string | null, outcome: string | null, id: string, channel: InteractionChannel, direction: InteractionDirection, requirement: CustomerRequirement, occurredAt: string, durationSeconds: number | null, confidential: boolean, conversation: { id: string }, recordingAgreement: { recorded: boolean, monitored: boolean, agreedAt: string, takenBy: { id: string, displayName: string } } | null, profile: { id: string, fullName: string } | null, staffMember: { id: string, displayName: string } | null }
          | { __typename: 'Undertaking', id: string, description: string, dueAt: string, overdue: boolean, delayNote: string | null, undertakingStatus: UndertakingStatus, owner: { id: string, displayName: string } }
         | null }> } } | null };

export type UndertakingPartsFragment = { id: string, description: string, dueAt: string, status: UndertakingStatus, overdue: boolean, team: string | null, delayNote: string | null, customerTold: boolean | null, customerToldAt: string | null, closedAt: string | null, version: number, createdAt: string, profile: { id: string, fullName: string }, owner: { id: string, displayName: string } };

export type MyUndertakingsQueryVariables = Exact<{
  overdue?: boolean | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type MyUndertakingsQuery = { myUndertakings: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, description: string, dueAt: string, status: UndertakingStatus, overdue: boolean, team: string | null, delayNote: string | null, customerTold: boolean | null, customerToldAt: string | null, closedAt: string | null, version: number, createdAt: string, profile: { id: string, fullName: string }, owner: { id: string, displayName: string } }> } };

export type UndertakingListQueryVariables = Exact<{
  filter?: UndertakingFilter | null | undefined;
  sort?: UndertakingSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type UndertakingListQuery = { undertakings: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, description: string, dueAt: string, status: UndertakingStatus, overdue: boolean, team: string | null, delayNote: string | null, customerTold: boolean | null, customerToldAt: string | null, closedAt: string | null, version: number, createdAt: string, profile: { id: string, fullName: string }, owner: { id: string, displayName: string } }> } };

export type CreateUndertakingMutationVariables = Exact<{
  input: CreateUndertakingInput;
}>;


export type CreateUndertakingMutation = { createUndertaking: { id: string, description: string, dueAt: string, status: UndertakingStatus, overdue: boolean, team: string | null, delayNote: string | null, customerTold: boolean | null, customerToldAt: string | null, closedAt: string | null, version: number, createdAt: string, profile: { id: string, fullName: string }, owner: { id: string, displayName: string } } };

export type CompleteUndertakingMutationVariables = Exact<{
  id: string | number;
  input: CloseUndertakingInput;
}>;


export type CompleteUndertakingMutation = { completeUndertaking: { id: string, description: string, dueAt: string, status: UndertakingStatus, overdue: boolean, team: string | null, delayNote: string | null, customerTold: boolean | null, customerToldAt: string | null, closedAt: string | null, version: number, createdAt: string, profile: { id: string, fullName: string }, owner: { id: string, displayName: string } } };

export type CancelUndertakingMutationVariables = Exact<{
  id: string | number;
  input: CloseUndertakingInput;
}>;


export type CancelUndertakingMutation = { cancelUndertaking: { id: string, description: string, dueAt: string, status: UndertakingStatus, overdue: boolean, team: string | null, delayNote: string | null, customerTold: boolean | null, customerToldAt: string | null, closedAt: string | null, version: number, createdAt: string, profile: { id: string, fullName: string }, owner: { id: string, displayName: string } } };

export type ReferralPartsFragment = { id: string, toTeam: string | null, reasonGiven: string | null, status: ReferralStatus, referredAt: string, acceptedAt: string | null, version: number, fromStaff: { id: string, displayName: string }, toStaff: { id: string, displayName: string } | null, conversation: { id: string, profile: { id: string, fullName: string } | null } };

export type MyReferralsQueryVariables = Exact<{
  status?: ReferralStatus | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type MyReferralsQuery = { myReferrals: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, toTeam: string | null, reasonGiven: string | null, status: ReferralStatus, referredAt: string, acceptedAt: string | null, version: number, fromStaff: { id: string, displayName: string }, toStaff: { id: string, displayName: string } | null, conversation: { id: string, profile: { id: string, fullName: string } | null } }> } };

export type ReferConversationMutationVariables = Exact<{
  input: ReferConversationInput;
}>;


export type ReferConversationMutation = { referConversation: { id: string, toTeam: string | null, reasonGiven: string | null, status: ReferralStatus, referredAt: string, acceptedAt: string | null, version: number, fromStaff: { id: string, displayName: string }, toStaff: { id: string, displayName: string } | null, conversation: { id: string, profile: { id: string, fullName: string } | null } } };

export type AcceptReferralMutationVariables = Exact<{
  id: string | number;
  input: ReferralChangeInput;
}>;


export type AcceptReferralMutation = { acceptReferral: { id: string, toTeam: string | null, reasonGiven: string | null, status: ReferralStatus, referredAt: string, acceptedAt: string | null, version: number, fromStaff: { id: string, displayName: string }, toStaff: { id: string, displayName: string } | null, conversation: { id: string, profile: { id: string, fullName: string } | null } } };

export type CloseReferralMutationVariables = Exact<{
  id: string | number;
  input: ReferralChangeInput;
}>;


export type CloseReferralMutation = { closeReferral: { id: string, toTeam: string | null, reasonGiven: string | null, status: ReferralStatus, referredAt: string, acceptedAt: string | null, version: number, fromStaff: { id: string, displayName: string }, toStaff: { id: string, displayName: string } | null, conversation: { id: string, profile: { id: string, fullName: string } | null } } };

export type TeamReferralsQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type TeamReferralsQuery = { referrals: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, toTeam: string | null, reasonGiven: string | null, status: ReferralStatus, referredAt: string, acceptedAt: string | null, version: number, fromStaff: { id: string, displayName: string }, toStaff: { id: string, displayName: string } | null, conversation: { id: string, profile: { id: string, fullName: string } | null } }> } };

export type PolicyRulesFieldsFragment = { railClass: RailClass | null, carClasses: Array<string> | null, preferredAirlines: Array<string> | null, blockedAirlines: Array<string> | null, preferredHotelChains: Array<string> | null, blockedHotelChains: Array<string> | null, preferredCarHireFirms: Array<string> | null, blockedCarHireFirms: Array<string> | null, advanceBookingDays: number | null, approval: ApprovalLevel | null, approvers: Array<string> | null, railBelowKm: number | null, personalPreferencesAtOwnCost: boolean | null, cabinByDuration: Array<{ minHours: number, cabin: CabinClass }> | null, hotelCaps: Array<{ countryCode: string, city: string | null, amount: number, currency: string }> | null };

export type TravelPolicySummaryFragment = { id: string, accountId: string, name: string, appliesTo: PolicyScope, departmentCode: string | null, grade: string | null, parentId: string | null, version: number };

export type CorporateAccountFieldsFragment = { id: string, legalName: string, registrationNumber: string | null, accountManagerId: string | null, contractStart: string | null, contractEnd: string | null, status: AccountStatus, version: number, createdAt: string, updatedAt: string, legalEntities: Array<{ name: string, registrationNumber: string | null, countryCode: string }>, billingAddress: { lines: Array<string>, city: string, region: string | null, postalCode: string | null, countryCode: string } | null, offices: Array<{ name: string, city: string, countryCode: string }>, departments: Array<{ code: string, name: string }>, costCentres: Array<{ code: string, name: string }>, contacts: Array<{ role: ContactRole, name: string, email: string, phone: string | null }>, accountManager: { id: string, displayName: string } | null };

export type CorporateAccountListQueryVariables = Exact<{
  filter?: CorporateAccountFilter | null | undefined;
  sort?: CorporateAccountSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type CorporateAccountListQuery = { corporateAccounts: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, legalName: string, registrationNumber: string | null, status: AccountStatus, contractStart: string | null, contractEnd: string | null, createdAt: string }> } };

export type CorporateAccountByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CorporateAccountByIdQuery = { corporateAccount: { id: string, legalName: string, registrationNumber: string | null, accountManagerId: string | null, contractStart: string | null, contractEnd: string | null, status: AccountStatus, version: number, createdAt: string, updatedAt: string, travelPolicies: Array<{ id: string, accountId: string, name: string, appliesTo: PolicyScope, departmentCode: string | null, grade: string | null, parentId: string | null, version: number }>, legalEntities: Array<{ name: string, registrationNumber: string | null, countryCode: string }>, billingAddress: { lines: Array<string>, city: string, region: string | null, postalCode: string | null, countryCode: string } | null, offices: Array<{ name: string, city: string, countryCode: string }>, departments: Array<{ code: string, name: string }>, costCentres: Array<{ code: string, name: string }>, contacts: Array<{ role: ContactRole, name: string, email: string, phone: string | null }>, accountManager: { id: string, displayName: string } | null } | null };

export type CreateCorporateAccountMutationVariables = Exact<{
  input: CreateCorporateAccountInput;
}>;


export type CreateCorporateAccountMutation = { createCorporateAccount: { id: string, legalName: string, registrationNumber: string | null, accountManagerId: string | null, contractStart: string | null, contractEnd: string | null, status: AccountStatus, version: number, createdAt: string, updatedAt: string, legalEntities: Array<{ name: string, registrationNumber: string | null, countryCode: string }>, billingAddress: { lines: Array<string>, city: string, region: string | null, postalCode: string | null, countryCode: string } | null, offices: Array<{ name: string, city: string, countryCode: string }>, departments: Array<{ code: string, name: string }>, costCentres: Array<{ code: string, name: string }>, contacts: Array<{ role: ContactRole, name: string, email: string, phone: string | null }>, accountManager: { id: string, displayName: string } | null } };

export type UpdateCorporateAccountMutationVariables = Exact<{
  id: string | number;
  input: UpdateCorporateAccountInput;
}>;


export type UpdateCorporateAccountMutation = { updateCorporateAccount: { id: string, legalName: string, registrationNumber: string | null, accountManagerId: string | null, contractStart: string | null, contractEnd: string | null, status: AccountStatus, version: number, createdAt: string, updatedAt: string, legalEntities: Array<{ name: string, registrationNumber: string | null, countryCode: string }>, billingAddress: { lines: Array<string>, city: string, region: string | null, postalCode: string | null, countryCode: string } | null, offices: Array<{ name: string, city: string, countryCode: string }>, departments: Array<{ code: string, name: string }>, costCentres: Array<{ code: string, name: string }>, contacts: Array<{ role: ContactRole, name: string, email: string, phone: string | null }>, accountManager: { id: string, displayName: string } | null } };

export type AccountTravellersQueryVariables = Exact<{
  id: string | number;
  page?: PageInput | null | undefined;
  filter?: AccountTravellerFilter | null | undefined;
}>;


export type AccountTravellersQuery = { corporateAccount: { id: string, travellers: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, employeeId: string | null, departmentCode: string | null, costCentreCode: string | null, grade: string | null, travellerType: TravellerType, validFrom: string, validTo: string | null, profile: { id: string, fullName: string, policyCompliance: { inPolicy: boolean, findings: Array<{ rule: PolicyRule, outcome: ComplianceOutcome, reason: string }> } | null } | null }> } } | null };

export type LinkTravellerMutationVariables = Exact<{
  input: LinkTravellerInput;
}>;


export type LinkTravellerMutation = { linkTraveller: { id: string } };

export type EndEmploymentMutationVariables = Exact<{
  id: string | number;
  validTo: string;
}>;


export type EndEmploymentMutation = { endEmployment: { id: string, validTo: string | null } };

export type TravelPolicyDetailFragment = { id: string, accountId: string, name: string, appliesTo: PolicyScope, departmentCode: string | null, grade: string | null, parentId: string | null, version: number, account: { id: string, legalName: string, departments: Array<{ code: string, name: string }> } | null, versionOn: { id: string, effectiveFrom: string, rules: { railClass: RailClass | null, carClasses: Array<string> | null, preferredAirlines: Array<string> | null, blockedAirlines: Array<string> | null, preferredHotelChains: Array<string> | null, blockedHotelChains: Array<string> | null, preferredCarHireFirms: Array<string> | null, blockedCarHireFirms: Array<string> | null, advanceBookingDays: number | null, approval: ApprovalLevel | null, approvers: Array<string> | null, railBelowKm: number | null, personalPreferencesAtOwnCost: boolean | null, cabinByDuration: Array<{ minHours: number, cabin: CabinClass }> | null, hotelCaps: Array<{ countryCode: string, city: string | null, amount: number, currency: string }> | null } } | null, effectiveRules: { railClass: RailClass | null, carClasses: Array<string> | null, preferredAirlines: Array<string> | null, blockedAirlines: Array<string> | null, preferredHotelChains: Array<string> | null, blockedHotelChains: Array<string> | null, preferredCarHireFirms: Array<string> | null, blockedCarHireFirms: Array<string> | null, advanceBookingDays: number | null, approval: ApprovalLevel | null, approvers: Array<string> | null, railBelowKm: number | null, personalPreferencesAtOwnCost: boolean | null, cabinByDuration: Array<{ minHours: number, cabin: CabinClass }> | null, hotelCaps: Array<{ countryCode: string, city: string | null, amount: number, currency: string }> | null } | null, versions: Array<{ id: string, effectiveFrom: string, effectiveTo: string | null, createdBy: string, createdAt: string, rules: { railClass: RailClass | null, carClasses: Array<string> | null, preferredAirlines: Array<string> | null, blockedAirlines: Array<string> | null, preferredHotelChains: Array<string> | null, blockedHotelChains: Array<string> | null, preferredCarHireFirms: Array<string> | null, blockedCarHireFirms: Array<string> | null, advanceBookingDays: number | null, approval: ApprovalLevel | null, approvers: Array<string> | null, railBelowKm: number | null, personalPreferencesAtOwnCost: boolean | null, cabinByDuration: Array<{ minHours: number, cabin: CabinClass }> | null, hotelCaps: Array<{ countryCode: string, city: string | null, amount: number, currency: string }> | null } }> };

export type TravelPolicyByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TravelPolicyByIdQuery = { travelPolicy: { id: string, accountId: string, name: string, appliesTo: PolicyScope, departmentCode: string | null, grade: string | null, parentId: string | null, version: number, account: { id: string, legalName: string, departments: Array<{ code: string, name: string }> } | null, versionOn: { id: string, effectiveFrom: string, rules: { railClass: RailClass | null, carClasses: Array<string> | null, preferredAirlines: Array<string> | null, blockedAirlines: Array<string> | null, preferredHotelChains: Array<string> | null, blockedHotelChains: Array<string> | null, preferredCarHireFirms: Array<string> | null, blockedCarHireFirms: Array<string> | null, advanceBookingDays: number | null, approval: ApprovalLevel | null, approvers: Array<string> | null, railBelowKm: number | null, personalPreferencesAtOwnCost: boolean | null, cabinByDuration: Array<{ minHours: number, cabin: CabinClass }> | null, hotelCaps: Array<{ countryCode: string, city: string | null, amount: number, currency: string }> | null } } | null, effectiveRules: { railClass: RailClass | null, carClasses: Array<string> | null, preferredAirlines: Array<string> | null, blockedAirlines: Array<string> | null, preferredHotelChains: Array<string> | null, blockedHotelChains: Array<string> | null, preferredCarHireFirms: Array<string> | null, blockedCarHireFirms: Array<string> | null, advanceBookingDays: number | null, approval: ApprovalLevel | null, approvers: Array<string> | null, railBelowKm: number | null, personalPreferencesAtOwnCost: boolean | null, cabinByDuration: Array<{ minHours: number, cabin: CabinClass }> | null, hotelCaps: Array<{ countryCode: string, city: string | null, amount: number, currency: string }> | null } | null, versions: Array<{ id: string, effectiveFrom: string, effectiveTo: string | null, createdBy: string, createdAt: string, rules: { railClass: RailClass | null, carClasses: Array<string> | null, preferredAirlines: Array<string> | null, blockedAirlines: Array<string> | null, preferredHotelChains: Array<string> | null, blockedHotelChains: Array<string> | null, preferredCarHireFirms: Array<string> | null, blockedCarHireFirms: Array<string> | null, advanceBookingDays: number | null, approval: ApprovalLevel | null, approvers: Array<string> | null, railBelowKm: number | null, personalPreferencesAtOwnCost: boolean | null, cabinByDuration: Array<{ minHours: number, cabin: CabinClass }> | null, hotelCaps: Array<{ countryCode: string, city: string | null, amount: number, currency: string }> | null } }> } | null };

export type CreateTravelPolicyMutationVariables = Exact<{
  input: CreateTravelPolicyInput;
}>;


export type CreateTravelPolicyMutation = { createTravelPolicy: { id: string, accountId: string, name: string, appliesTo: PolicyScope, departmentCode: string | null, grade: string | null, parentId: string | null, version: number, account: { id: string, legalName: string, departments: Array<{ code: string, name: string }> } | null, versionOn: { id: string, effectiveFrom: string, rules: { railClass: RailClass | null, carClasses: Array<string> | null, preferredAirlines: Array<string> | null, blockedAirlines: Array<string> | null, preferredHotelChains: Array<string> | null, blockedHotelChains: Array<string> | null, preferredCarHireFirms: Array<string> | null, blockedCarHireFirms: Array<string> | null, advanceBookingDays: number | null, approval: ApprovalLevel | null, approvers: Array<string> | null, railBelowKm: number | null, personalPreferencesAtOwnCost: boolean | null, cabinByDuration: Array<{ minHours: number, cabin: CabinClass }> | null, hotelCaps: Array<{ countryCode: string, city: string | null, amount: number, currency: string }> | null } } | null, effectiveRules: { railClass: RailClass | null, carClasses: Array<string> | null, preferredAirlines: Array<string> | null, blockedAirlines: Array<string> | null, preferredHotelChains: Array<string> | null, blockedHotelChains: Array<string> | null, preferredCarHireFirms: Array<string> | null, blockedCarHireFirms: Array<string> | null, advanceBookingDays: number | null, approval: ApprovalLevel | null, approvers: Array<string> | null, railBelowKm: number | null, personalPreferencesAtOwnCost: boolean | null, cabinByDuration: Array<{ minHours: number, cabin: CabinClass }> | null, hotelCaps: Array<{ countryCode: string, city: string | null, amount: number, currency: string }> | null } | null, versions: Array<{ id: string, effectiveFrom: string, effectiveTo: string | null, createdBy: string, createdAt: string, rules: { railClass: RailClass | null, carClasses: Array<string> | null, preferredAirlines: Array<string> | null, blockedAirlines: Array<string> | null, preferredHotelChains: Array<string> | null, blockedHotelChains: Array<string> | null, preferredCarHireFirms: Array<string> | null, blockedCarHireFirms: Array<string> | null, advanceBookingDays: number | null, approval: ApprovalLevel | null, approvers: Array<string> | null, railBelowKm: number | null, personalPreferencesAtOwnCost: boolean | null, cabinByDuration: Array<{ minHours: number, cabin: CabinClass }> | null, hotelCaps: Array<{ countryCode: string, city: string | null, amount: number, currency: string }> | null } }> } };

export type ReviseTravelPolicyMutationVariables = Exact<{
  id: string | number;
  input: ReviseTravelPolicyInput;
}>;


export type ReviseTravelPolicyMutation = { reviseTravelPolicy: { id: string, accountId: string, name: string, appliesTo: PolicyScope, departmentCode: string | null, grade: string | null, parentId: string | null, version: number, account: { id: string, legalName: string, departments: Array<{ code: string, name: string }> } | null, versionOn: { id: string, effectiveFrom: string, rules: { railClass: RailClass | null, carClasses: Array<string> | null, preferredAirlines: Array<string> | null, blockedAirlines: Array<string> | null, preferredHotelChains: Array<string> | null, blockedHotelChains: Array<string> | null, preferredCarHireFirms: Array<string> | null, blockedCarHireFirms: Array<string> | null, advanceBookingDays: number | null, approval: ApprovalLevel | null, approvers: Array<string> | null, railBelowKm: number | null, personalPreferencesAtOwnCost: boolean | null, cabinByDuration: Array<{ minHours: number, cabin: CabinClass }> | null, hotelCaps: Array<{ countryCode: string, city: string | null, amount: number, currency: string }> | null } } | null, effectiveRules: { railClass: RailClass | null, carClasses: Array<string> | null, preferredAirlines: Array<string> | null, blockedAirlines: Array<string> | null, preferredHotelChains: Array<string> | null, blockedHotelChains: Array<string> | null, preferredCarHireFirms: Array<string> | null, blockedCarHireFirms: Array<string> | null, advanceBookingDays: number | null, approval: ApprovalLevel | null, approvers: Array<string> | null, railBelowKm: number | null, personalPreferencesAtOwnCost: boolean | null, cabinByDuration: Array<{ minHours: number, cabin: CabinClass }> | null, hotelCaps: Array<{ countryCode: string, city: string | null, amount: number, currency: string }> | null } | null, versions: Array<{ id: string, effectiveFrom: string, effectiveTo: string | null, createdBy: string, createdAt: string, rules: { railClass: RailClass | null, carClasses: Array<string> | null, preferredAirlines: Array<string> | null, blockedAirlines: Array<string> | null, preferredHotelChains: Array<string> | null, blockedHotelChains: Array<string> | null, preferredCarHireFirms: Array<string> | null, blockedCarHireFirms: Array<string> | null, advanceBookingDays: number | null, approval: ApprovalLevel | null, approvers: Array<string> | null, railBelowKm: number | null, personalPreferencesAtOwnCost: boolean | null, cabinByDuration: Array<{ minHours: number, cabin: CabinClass }> | null, hotelCaps: Array<{ countryCode: string, city: string | null, amount: number, currency: string }> | null } }> } };

export type ProfileCorporateQueryVariables = Exact<{
  id: string | number;
}>;


export type ProfileCorporateQuery = { profile: { id: string, employment: { id: string, accountId: string, departmentCode: string | null, costCentreCode: string | null, employeeId: string | null, grade: string | null, travellerType: TravellerType, validFrom: string, validTo: string | null, account: { id: string, legalName: string } | null } | null, policyCompliance: { accountId: string, policyId: string, policyName: string, evaluatedOn: string, inPolicy: boolean, findings: Array<{ rule: PolicyRule, outcome: ComplianceOutcome, inPolicy: boolean, reason: string, preference: { category: PreferenceCategory, value: string, stance: PreferenceStance, context: TravelContext } | null }> } | null } | null };

export type SupplierMembershipItemFragment = { id: string, version: number, programmeId: string, sector: SupplierSector, numberMasked: string, number?: string | null, tier: string | null, tierExpiresOn: string | null, expiresOn: string | null, points: number | null, pointsReadOn: string | null, status: MembershipStatus, context: MembershipContext, primary: boolean, preferredByPolicy?: boolean | null, programme: { id: string, name: string, tierNames: Array<string>, inOffer: boolean | null } };

export type ProfileSupplierMembershipsFragment = { id: string, supplierMemberships: Array<{ id: string, version: number, programmeId: string, sector: SupplierSector, numberMasked: string, number?: string | null, tier: string | null, tierExpiresOn: string | null, expiresOn: string | null, points: number | null, pointsReadOn: string | null, status: MembershipStatus, context: MembershipContext, primary: boolean, preferredByPolicy?: boolean | null, programme: { id: string, name: string, tierNames: Array<string>, inOffer: boolean | null } }> | null };

export type ProfileSupplierMembershipsQueryVariables = Exact<{
  id: string | number;
  canReadLoyaltyNumbers: boolean;
  canReadCorporate: boolean;
}>;


export type ProfileSupplierMembershipsQuery = { profile: { id: string, supplierMemberships: Array<{ id: string, version: number, programmeId: string, sector: SupplierSector, numberMasked: string, number?: string | null, tier: string | null, tierExpiresOn: string | null, expiresOn: string | null, points: number | null, pointsReadOn: string | null, status: MembershipStatus, context: MembershipContext, primary: boolean, preferredByPolicy?: boolean | null, programme: { id: string, name: string, tierNames: Array<string>, inOffer: boolean | null } }> | null } | null };

export type AddSupplierMembershipMutationVariables = Exact<{
  input: AddSupplierMembershipInput;
  canReadLoyaltyNumbers: boolean;
  canReadCorporate: boolean;
}>;


export type AddSupplierMembershipMutation = { addSupplierMembership: { id: string, version: number, programmeId: string, sector: SupplierSector, numberMasked: string, number?: string | null, tier: string | null, tierExpiresOn: string | null, expiresOn: string | null, points: number | null, pointsReadOn: string | null, status: MembershipStatus, context: MembershipContext, primary: boolean, preferredByPolicy?: boolean | null, programme: { id: string, name: string, tierNames: Array<string>, inOffer: boolean | null } } };

export type UpdateSupplierMembershipMutationVariables = Exact<{
  id: string | number;
  input: UpdateSupplierMembershipInput;
  canReadLoyaltyNumbers: boolean;
  canReadCorporate: boolean;
}>;


export type UpdateSupplierMembershipMutation = { updateSupplierMembership: { id: string, version: number, programmeId: string, sector: SupplierSector, numberMasked: string, number?: string | null, tier: string | null, tierExpiresOn: string | null, expiresOn: string | null, points: number | null, pointsReadOn: string | null, status: MembershipStatus, context: MembershipContext, primary: boolean, preferredByPolicy?: boolean | null, programme: { id: string, name: string, tierNames: Array<string>, inOffer: boolean | null } } };

export type CloseSupplierMembershipMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  canReadLoyaltyNumbers: boolean;
  canReadCorporate: boolean;
}>;


export type CloseSupplierMembershipMutation = { closeSupplierMembership: { id: string, version: number, programmeId: string, sector: SupplierSector, numberMasked: string, number?: string | null, tier: string | null, tierExpiresOn: string | null, expiresOn: string | null, points: number | null, pointsReadOn: string | null, status: MembershipStatus, context: MembershipContext, primary: boolean, preferredByPolicy?: boolean | null, programme: { id: string, name: string, tierNames: Array<string>, inOffer: boolean | null } } };

export type SupplierProgrammeFieldsFragment = { id: string, name: string, sector: SupplierSector, ownerCode: string, alliance: Alliance | null, tierNames: Array<string>, active: boolean, inOffer: boolean | null, version: number, createdAt: string, updatedAt: string, numberFormat: { minLength: number, maxLength: number, pattern: string | null, checkDigit: CheckDigitRule } };

export type SupplierProgrammeListQueryVariables = Exact<{
  filter?: SupplierProgrammeFilter | null | undefined;
  sort?: SupplierProgrammeSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type SupplierProgrammeListQuery = { supplierProgrammes: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, name: string, sector: SupplierSector, ownerCode: string, alliance: Alliance | null, tierNames: Array<string>, active: boolean, inOffer: boolean | null, version: number, createdAt: string, updatedAt: string, numberFormat: { minLength: number, maxLength: number, pattern: string | null, checkDigit: CheckDigitRule } }> } };

export type SupplierProgrammeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type SupplierProgrammeByIdQuery = { supplierProgramme: { id: string, name: string, sector: SupplierSector, ownerCode: string, alliance: Alliance | null, tierNames: Array<string>, active: boolean, inOffer: boolean | null, version: number, createdAt: string, updatedAt: string, numberFormat: { minLength: number, maxLength: number, pattern: string | null, checkDigit: CheckDigitRule } } | null };

export type CreateSupplierProgrammeMutationVariables = Exact<{
  input: CreateSupplierProgrammeInput;
}>;


export type CreateSupplierProgrammeMutation = { createSupplierProgramme: { id: string, name: string, sector: SupplierSector, ownerCode: string, alliance: Alliance | null, tierNames: Array<string>, active: boolean, inOffer: boolean | null, version: number, createdAt: string, updatedAt: string, numberFormat: { minLength: number, maxLength: number, pattern: string | null, checkDigit: CheckDigitRule } } };

export type UpdateSupplierProgrammeMutationVariables = Exact<{
  id: string | number;
  input: UpdateSupplierProgrammeInput;
}>;


export type UpdateSupplierProgrammeMutation = { updateSupplierProgramme: { id: string, name: string, sector: SupplierSector, ownerCode: string, alliance: Alliance | null, tierNames: Array<string>, active: boolean, inOffer: boolean | null, version: number, createdAt: string, updatedAt: string, numberFormat: { minLength: number, maxLength: number, pattern: string | null, checkDigit: CheckDigitRule } } };

export type LoyaltyRemindersQueryVariables = Exact<{
  filter: LoyaltyReminderFilter;
  page?: PageInput | null | undefined;
}>;


export type LoyaltyRemindersQuery = { loyaltyReminders: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, kind: LoyaltyReminderKind, dueOn: string, daysLeft: number, profile: { id: string, fullName: string }, membership: { id: string, tier: string | null, programme: { id: string, name: string } } | null }> } };

export type LoyaltyReminderCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type LoyaltyReminderCountsQuery = { loyaltyReminderCounts: Array<{ kind: LoyaltyReminderKind, dueBy: string, count: number, countIsExact: boolean }> };

export type LoyaltyMemberStatusPartsFragment = { id: string, version: number, status: LoyaltyMemberStatus, closeReason: LoyaltyMemberCloseReason | null, enrolledAt: string, tierPeriodEndsOn: string, availablePoints: number, pendingPoints: number, earnedPoints: number, usedPoints: number, expiredPoints: number, qualifyingPoints: number, qualifyingTrips: number, pointsToNextTier: number | null, tripsToNextTier: number | null, daysUntilTierRetention: number | null, pointsToRetainTier: number | null, pointsExpiringNextMonth: number, tier: { code: string, name: string }, nextTier: { code: string, name: string } | null };

export type ProfileLoyaltyMemberQueryVariables = Exact<{
  id: string | number;
}>;


export type ProfileLoyaltyMemberQuery = { profile: { id: string, loyaltyMember: { id: string, version: number, status: LoyaltyMemberStatus, closeReason: LoyaltyMemberCloseReason | null, enrolledAt: string, tierPeriodEndsOn: string, availablePoints: number, pendingPoints: number, earnedPoints: number, usedPoints: number, expiredPoints: number, qualifyingPoints: number, qualifyingTrips: number, pointsToNextTier: number | null, tripsToNextTier: number | null, daysUntilTierRetention: number | null, pointsToRetainTier: number | null, pointsExpiringNextMonth: number, tier: { code: string, name: string }, nextTier: { code: string, name: string } | null } | null } | null };

export type LoyaltyStatementQueryVariables = Exact<{
  memberId: string | number;
  page?: PageInput | null | undefined;
}>;


export type LoyaltyStatementQuery = { loyaltyMember: { id: string, statement: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, kind: LoyaltyLedgerEntryKind, points: number, postedAt: string, bookingReference: string | null, productType: LoyaltyProductType | null, amount: number | null, currency: string | null, travelDate: string | null, reason: string | null, reward: { id: string, name: string } | null }> } } | null };

export type LoyaltyMemberListQueryVariables = Exact<{
  filter?: LoyaltyMemberFilter | null | undefined;
  sort?: LoyaltyMemberSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type LoyaltyMemberListQuery = { loyaltyMembers: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, status: LoyaltyMemberStatus, enrolledAt: string, availablePoints: number, pendingPoints: number, tier: { code: string, name: string }, profile: { id: string, fullName: string } | null }> } };

export type EnrolLoyaltyMemberMutationVariables = Exact<{
  input: EnrolLoyaltyMemberInput;
}>;


export type EnrolLoyaltyMemberMutation = { enrolLoyaltyMember: { id: string, version: number, status: LoyaltyMemberStatus, closeReason: LoyaltyMemberCloseReason | null, enrolledAt: string, tierPeriodEndsOn: string, availablePoints: number, pendingPoints: number, earnedPoints: number, usedPoints: number, expiredPoints: number, qualifyingPoints: number, qualifyingTrips: number, pointsToNextTier: number | null, tripsToNextTier: number | null, daysUntilTierRetention: number | null, pointsToRetainTier: number | null, pointsExpiringNextMonth: number, tier: { code: string, name: string }, nextTier: { code: string, name: string } | null } };

export type RedeemLoyaltyPointsMutationVariables = Exact<{
  input: RedeemLoyaltyPointsInput;
}>;


export type RedeemLoyaltyPointsMutation = { redeemLoyaltyPoints: { id: string, points: number } };

export type AdjustLoyaltyPointsMutationVariables = Exact<{
  input: AdjustLoyaltyPointsInput;
}>;


export type AdjustLoyaltyPointsMutation = { adjustLoyaltyPoints: { id: string, points: number } };

export type LoyaltySchemeRulesPartsFragment = { gracePeriodDays: number, expiryMonths: number | null, termsVersion: string, earningRules: Array<{ productType: LoyaltyProductType, currency: string, pointsPerUnit: number }>, bonusRules: Array<{ name: string, segment: string | null, productTypes: Array<LoyaltyProductType> | null, from: string | null, to: string | null, multiplier: number | null, extraPoints: number | null }>, tiers: Array<{ code: string, name: string, qualifyingPoints: number, qualifyingTrips: number | null, retentionPoints: number }> };

export type LoyaltySchemePartsFragment = { id: string, version: number, updatedAt: string, versions: Array<{ id: string, effectiveFrom: string, effectiveTo: string | null, createdAt: string, rules: { gracePeriodDays: number, expiryMonths: number | null, termsVersion: string, earningRules: Array<{ productType: LoyaltyProductType, currency: string, pointsPerUnit: number }>, bonusRules: Array<{ name: string, segment: string | null, productTypes: Array<LoyaltyProductType> | null, from: string | null, to: string | null, multiplier: number | null, extraPoints: number | null }>, tiers: Array<{ code: string, name: string, qualifyingPoints: number, qualifyingTrips: number | null, retentionPoints: number }> } }> };

export type LoyaltySchemeQueryVariables = Exact<{ [key: string]: never; }>;


export type LoyaltySchemeQuery = { loyaltyScheme: { id: string, version: number, updatedAt: string, versions: Array<{ id: string, effectiveFrom: string, effectiveTo: string | null, createdAt: string, rules: { gracePeriodDays: number, expiryMonths: number | null, termsVersion: string, earningRules: Array<{ productType: LoyaltyProductType, currency: string, pointsPerUnit: number }>, bonusRules: Array<{ name: string, segment: string | null, productTypes: Array<LoyaltyProductType> | null, from: string | null, to: string | null, multiplier: number | null, extraPoints: number | null }>, tiers: Array<{ code: string, name: string, qualifyingPoints: number, qualifyingTrips: number | null, retentionPoints: number }> } }> } };

export type ReviseLoyaltySchemeMutationVariables = Exact<{
  input: ReviseLoyaltySchemeInput;
}>;


export type ReviseLoyaltySchemeMutation = { reviseLoyaltyScheme: { id: string, version: number, updatedAt: string, versions: Array<{ id: string, effectiveFrom: string, effectiveTo: string | null, createdAt: string, rules: { gracePeriodDays: number, expiryMonths: number | null, termsVersion: string, earningRules: Array<{ productType: LoyaltyProductType, currency: string, pointsPerUnit: number }>, bonusRules: Array<{ name: string, segment: string | null, productTypes: Array<LoyaltyProductType> | null, from: string | null, to: string | null, multiplier: number | null, extraPoints: number | null }>, tiers: Array<{ code: string, name: string, qualifyingPoints: number, qualifyingTrips: number | null, retentionPoints: number }> } }> } };

export type LoyaltyRewardFieldsFragment = { id: string, name: string, pointsPrice: number, stock: number | null, active: boolean, version: number, createdAt: string, updatedAt: string };

export type LoyaltyRewardListQueryVariables = Exact<{
  filter?: LoyaltyRewardFilter | null | undefined;
  sort?: LoyaltyRewardSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type LoyaltyRewardListQuery = { loyaltyRewards: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, name: string, pointsPrice: number, stock: number | null, active: boolean, version: number, createdAt: string, updatedAt: string }> } };

export type LoyaltyRewardByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type LoyaltyRewardByIdQuery = { loyaltyReward: { id: string, name: string, pointsPrice: number, stock: number | null, active: boolean, version: number, createdAt: string, updatedAt: string } | null };

export type CreateLoyaltyRewardMutationVariables = Exact<{
  input: CreateLoyaltyRewardInput;
}>;


export type CreateLoyaltyRewardMutation = { createLoyaltyReward: { id: string, name: string, pointsPrice: number, stock: number | null, active: boolean, version: number, createdAt: string, updatedAt: string } };

export type UpdateLoyaltyRewardMutationVariables = Exact<{
  id: string | number;
  input: UpdateLoyaltyRewardInput;
}>;


export type UpdateLoyaltyRewardMutation = { updateLoyaltyReward: { id: string, name: string, pointsPrice: number, stock: number | null, active: boolean, version: number, createdAt: string, updatedAt: string } };

export type OfferCatalogueEntryFieldsFragment = { id: string, kind: OfferKind, code: string, name: string, createdAt: string };

export type OfferCatalogueListQueryVariables = Exact<{
  filter?: OfferCatalogueFilter | null | undefined;
  sort?: OfferCatalogueSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type OfferCatalogueListQuery = { offerCatalogue: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, kind: OfferKind, code: string, name: string, createdAt: string }> } };

export type AddOfferCatalogueEntryMutationVariables = Exact<{
  input: AddOfferCatalogueEntryInput;
}>;


export type AddOfferCatalogueEntryMutation = { addOfferCatalogueEntry: { id: string, kind: OfferKind, code: string, name: string, createdAt: string } };

export type RemoveOfferCatalogueEntryMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveOfferCatalogueEntryMutation = { removeOfferCatalogueEntry: { id: string, kind: OfferKind, code: string, name: string, createdAt: string } };

export type PartnerClientFieldsFragment = { id: string, name: string, scopes: Array<string>, accountIds: Array<string>, keyPrefix: string, revokedAt: string | null, createdAt: string, version: number };

export type PartnerClientListQueryVariables = Exact<{
  filter?: PartnerClientFilter | null | undefined;
  sort?: PartnerClientSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type PartnerClientListQuery = { partnerClients: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, name: string, scopes: Array<string>, accountIds: Array<string>, keyPrefix: string, revokedAt: string | null, createdAt: string, version: number }> } };

export type PartnerClientByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerClientByIdQuery = { partnerClient: { id: string, name: string, scopes: Array<string>, accountIds: Array<string>, keyPrefix: string, revokedAt: string | null, createdAt: string, version: number } | null };

export type CreatePartnerClientMutationVariables = Exact<{
  input: CreatePartnerClientInput;
}>;


export type CreatePartnerClientMutation = { createPartnerClient: { apiKey: string, partnerClient: { id: string, name: string, scopes: Array<string>, accountIds: Array<string>, keyPrefix: string, revokedAt: string | null, createdAt: string, version: number } } };

export type RotatePartnerClientKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RotatePartnerClientKeyMutation = { rotatePartnerClientKey: { apiKey: string, partnerClient: { id: string, name: string, scopes: Array<string>, accountIds: Array<string>, keyPrefix: string, revokedAt: string | null, createdAt: string, version: number } } };

export type RevokePartnerClientMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokePartnerClientMutation = { revokePartnerClient: { id: string, name: string, scopes: Array<string>, accountIds: Array<string>, keyPrefix: string, revokedAt: string | null, createdAt: string, version: number } };

export type ProfileConsentsDetailFragment = { id: string, version: number, marketingChannels: Array<string>, consents: Array<{ id: string, purpose: ConsentPurpose, granted: boolean, legalBasis: LegalBasis, noticeVersion: string, recordedBy: string, recordedAt: string, channel: ConsentChannel, withdrawnAt: string | null, withdrawnBy: string | null, active: boolean }> };

export type ProfileConsentsQueryVariables = Exact<{
  id: string | number;
}>;


export type ProfileConsentsQuery = { profile: { id: string, version: number, marketingChannels: Array<string>, consents: Array<{ id: string, purpose: ConsentPurpose, granted: boolean, legalBasis: LegalBasis, noticeVersion: string, recordedBy: string, recordedAt: string, channel: ConsentChannel, withdrawnAt: string | null, withdrawnBy: string | null, active: boolean }> } | null };

export type RecordConsentMutationVariables = Exact<{
  profileId: string | number;
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { id: string, version: number, marketingChannels: Array<string>, consents: Array<{ id: string, purpose: ConsentPurpose, granted: boolean, legalBasis: LegalBasis, noticeVersion: string, recordedBy: string, recordedAt: string, channel: ConsentChannel, withdrawnAt: string | null, withdrawnBy: string | null, active: boolean }> } };

export type WithdrawConsentMutationVariables = Exact<{
  profileId: string | number;
  input: WithdrawConsentInput;
}>;


export type WithdrawConsentMutation = { withdrawConsent: { id: string, version: number, marketingChannels: Array<string>, consents: Array<{ id: string, purpose: ConsentPurpose, granted: boolean, legalBasis: LegalBasis, noticeVersion: string, recordedBy: string, recordedAt: string, channel: ConsentChannel, withdrawnAt: string | null, withdrawnBy: string | null, active: boolean }> } };

export type DataSubjectExportPartsFragment = { subjectId: string, service: string, found: boolean, generatedAt: string, document: string | null };

export type DataSubjectErasurePartsFragment = { subjectId: string, service: string, outcome: DataSubjectErasureOutcome, erasedAt: string };

export type DuplicateSideFragment = { nationalities: Array<string>, vip: boolean, vipNote: string | null, specialNeeds?: boolean | null, tags: Array<string>, id: string, title: string | null, givenName: string, middleName: string | null, familyName: string, preferredName: string | null, nativeName: string | null, preferredLanguage: string | null, fullName: string, dateOfBirth?: string | null, department: string | null, status: ProfileStatus, version: number, createdAt: string, updatedAt: string, emails: Array<{ address: string, type: ContactType, isDefault: boolean }>, phones: Array<{ number: string, type: ContactType, isDefault: boolean }>, addresses: Array<{ type: AddressType, lines: Array<string>, city: string, region: string | null, postalCode: string | null, countryCode: string, isDefault: boolean }>, emergencyContacts: Array<{ name: string, relationship: string | null, phone: string, email: string | null }>, passports: Array<{ id: string, numberMasked: string, number?: string | null, issuingCountry: string, nationality: string | null, issueDate: string | null, expiryDate: string }> };

export type DuplicateCandidateItemFragment = { id: string, score: number, reasons: Array<DuplicateReason>, nameSimilarity: number | null, status: DuplicateStatus, foundAt: string, decidedAt: string | null, leftId: string, rightId: string, left: { id: string, fullName: string, status: ProfileStatus } | null, right: { id: string, fullName: string, status: ProfileStatus } | null };

export type DuplicateCandidateListQueryVariables = Exact<{
  filter?: DuplicateCandidateFilter | null | undefined;
  sort?: DuplicateCandidateSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type DuplicateCandidateListQuery = { duplicateCandidates: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, score: number, reasons: Array<DuplicateReason>, nameSimilarity: number | null, status: DuplicateStatus, foundAt: string, decidedAt: string | null, leftId: string, rightId: string, left: { id: string, fullName: string, status: ProfileStatus } | null, right: { id: string, fullName: string, status: ProfileStatus } | null }> } };

export type DuplicateCandidateByIdQueryVariables = Exact<{
  id: string | number;
  canReadPersonal: boolean;
  canReadDocuments: boolean;
  canReadSpecial: boolean;
}>;


export type DuplicateCandidateByIdQuery = { duplicateCandidate: { id: string, score: number, reasons: Array<DuplicateReason>, nameSimilarity: number | null, status: DuplicateStatus, foundAt: string, decidedAt: string | null, leftId: string, rightId: string, left: { id: string, fullName: string, status: ProfileStatus, nationalities: Array<string>, vip: boolean, vipNote: string | null, specialNeeds?: boolean | null, tags: Array<string>, title: string | null, givenName: string, middleName: string | null, familyName: string, preferredName: string | null, nativeName: string | null, preferredLanguage: string | null, dateOfBirth?: string | null, department: string | null, version: number, createdAt: string, updatedAt: string, emails: Array<{ address: string, type: ContactType, isDefault: boolean }>, phones: Array<{ number: string, type: ContactType, isDefault: boolean }>, addresses: Array<{ type: AddressType, lines: Array<string>, city: string, region: string | null, postalCode: string | null, countryCode: string, isDefault: boolean }>, emergencyContacts: Array<{ name: string, relationship: string | null, phone: string, email: string | null }>, passports: Array<{ id: string, numberMasked: string, number?: string | null, issuingCountry: string, nationality: string | null, issueDate: string | null, expiryDate: string }> } | null, right: { id: string, fullName: string, status: ProfileStatus, nationalities: Array<string>, vip: boolean, vipNote: string | null, specialNeeds?: boolean | null, tags: Array<string>, title: string | null, givenName: string, middleName: string | null, familyName: string, preferredName: string | null, nativeName: string | null, preferredLanguage: string | null, dateOfBirth?: string | null, department: string | null, version: number, createdAt: string, updatedAt: string, emails: Array<{ address: string, type: ContactType, isDefault: boolean }>, phones: Array<{ number: string, type: ContactType, isDefault: boolean }>, addresses: Array<{ type: AddressType, lines: Array<string>, city: string, region: string | null, postalCode: string | null, countryCode: string, isDefault: boolean }>, emergencyContacts: Array<{ name: string, relationship: string | null, phone: string, email: string | null }>, passports: Array<{ id: string, numberMasked: string, number?: string | null, issuingCountry: string, nationality: string | null, issueDate: string | null, expiryDate: string }> } | null } | null };

export type ScanForDuplicatesMutationVariables = Exact<{ [key: string]: never; }>;


export type ScanForDuplicatesMutation = { scanForDuplicates: { candidates: number, closed: number, durationMs: number } };

export type DismissDuplicateCandidateMutationVariables = Exact<{
  id: string | number;
}>;


export type DismissDuplicateCandidateMutation = { dismissDuplicateCandidate: { id: string, score: number, reasons: Array<DuplicateReason>, nameSimilarity: number | null, status: DuplicateStatus, foundAt: string, decidedAt: string | null, leftId: string, rightId: string, left: { id: string, fullName: string, status: ProfileStatus } | null, right: { id: string, fullName: string, status: ProfileStatus } | null } };

export type MergeProfilesMutationVariables = Exact<{
  input: MergeProfilesInput;
}>;


export type MergeProfilesMutation = { mergeProfiles: { id: string, fullName: string, mergedFrom: Array<string> } };

export type ProfileHistoryQueryVariables = Exact<{
  id: string | number;
  page?: PageInput | null | undefined;
}>;


export type ProfileHistoryQuery = { profile: { id: string, history: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, changedAt: string, actorId: string, operation: string, subjectType: string, field: string, oldValue: string | null, newValue: string | null, actor: { id: string, displayName: string } | null }> } } | null };

export type TravelPreferenceItemFragment = { id: string, category: PreferenceCategory, value: string, stance: PreferenceStance, context: TravelContext, notes: string | null, outsideOffer: boolean, outsideOfferReason: string | null };

export type ProfilePreferencesDetailFragment = { id: string, version: number, travelPreferences: Array<{ id: string, category: PreferenceCategory, value: string, stance: PreferenceStance, context: TravelContext, notes: string | null, outsideOffer: boolean, outsideOfferReason: string | null }>, specialCategoryPreferences?: Array<{ id: string, category: PreferenceCategory, value: string, stance: PreferenceStance, context: TravelContext, notes: string | null, outsideOffer: boolean, outsideOfferReason: string | null }> | null };

export type ProfilePreferencesQueryVariables = Exact<{
  id: string | number;
  canReadSpecial: boolean;
}>;


export type ProfilePreferencesQuery = { profile: { id: string, version: number, travelPreferences: Array<{ id: string, category: PreferenceCategory, value: string, stance: PreferenceStance, context: TravelContext, notes: string | null, outsideOffer: boolean, outsideOfferReason: string | null }>, specialCategoryPreferences?: Array<{ id: string, category: PreferenceCategory, value: string, stance: PreferenceStance, context: TravelContext, notes: string | null, outsideOffer: boolean, outsideOfferReason: string | null }> | null } | null };

export type SetTravelPreferencesMutationVariables = Exact<{
  profileId: string | number;
  input: SetTravelPreferencesInput;
  canReadSpecial: boolean;
}>;


export type SetTravelPreferencesMutation = { setTravelPreferences: { id: string, version: number, travelPreferences: Array<{ id: string, category: PreferenceCategory, value: string, stance: PreferenceStance, context: TravelContext, notes: string | null, outsideOffer: boolean, outsideOfferReason: string | null }>, specialCategoryPreferences?: Array<{ id: string, category: PreferenceCategory, value: string, stance: PreferenceStance, context: TravelContext, notes: string | null, outsideOffer: boolean, outsideOfferReason: string | null }> | null } };

export type SetSpecialCategoryPreferencesMutationVariables = Exact<{
  profileId: string | number;
  input: SetTravelPreferencesInput;
  canReadSpecial: boolean;
}>;


export type SetSpecialCategoryPreferencesMutation = { setSpecialCategoryPreferences: { id: string, version: number, travelPreferences: Array<{ id: string, category: PreferenceCategory, value: string, stance: PreferenceStance, context: TravelContext, notes: string | null, outsideOffer: boolean, outsideOfferReason: string | null }>, specialCategoryPreferences?: Array<{ id: string, category: PreferenceCategory, value: string, stance: PreferenceStance, context: TravelContext, notes: string | null, outsideOffer: boolean, outsideOfferReason: string | null }> | null } };

export type PreferenceValueListsQueryVariables = Exact<{ [key: string]: never; }>;


export type PreferenceValueListsQuery = { preferenceValueLists: Array<{ category: PreferenceCategory, values: Array<string> }> };

export type ProfileListItemFragment = { id: string, fullName: string, familyName: string, givenName: string, department: string | null, status: ProfileStatus, version: number, createdAt: string, updatedAt: string, emails: Array<{ address: string, type: ContactType, isDefault: boolean }> };

export type ProfileDetailFragment = { id: string, title: string | null, givenName: string, middleName: string | null, familyName: string, preferredName: string | null, nativeName: string | null, preferredLanguage: string | null, fullName: string, dateOfBirth?: string | null, department: string | null, status: ProfileStatus, version: number, createdAt: string, updatedAt: string, emails: Array<{ address: string, type: ContactType, isDefault: boolean }>, phones: Array<{ number: string, type: ContactType, isDefault: boolean }>, addresses: Array<{ type: AddressType, lines: Array<string>, city: string, region: string | null, postalCode: string | null, countryCode: string, isDefault: boolean }>, emergencyContacts: Array<{ name: string, relationship: string | null, phone: string, email: string | null }>, passports: Array<{ id: string, numberMasked: string, number?: string | null, issuingCountry: string, nationality: string | null, issueDate: string | null, expiryDate: string }> };

export type ProfileListQueryVariables = Exact<{
  filter?: ProfileFilter | null | undefined;
  sort?: ProfileSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type ProfileListQuery = { profiles: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, fullName: string, familyName: string, givenName: string, department: string | null, status: ProfileStatus, version: number, createdAt: string, updatedAt: string, emails: Array<{ address: string, type: ContactType, isDefault: boolean }> }> } };

export type ProfilesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  limit: number;
}>;


export type ProfilesByIdsQuery = { profiles: { items: Array<{ id: string, fullName: string, familyName: string, givenName: string, department: string | null, status: ProfileStatus, version: number, createdAt: string, updatedAt: string, emails: Array<{ address: string, type: ContactType, isDefault: boolean }> }> } };

export type ProfileByIdQueryVariables = Exact<{
  id: string | number;
  canReadPersonal: boolean;
  canReadDocuments: boolean;
}>;


export type ProfileByIdQuery = { profile: { id: string, title: string | null, givenName: string, middleName: string | null, familyName: string, preferredName: string | null, nativeName: string | null, preferredLanguage: string | null, fullName: string, dateOfBirth?: string | null, department: string | null, status: ProfileStatus, version: number, createdAt: string, updatedAt: string, emails: Array<{ address: string, type: ContactType, isDefault: boolean }>, phones: Array<{ number: string, type: ContactType, isDefault: boolean }>, addresses: Array<{ type: AddressType, lines: Array<string>, city: string, region: string | null, postalCode: string | null, countryCode: string, isDefault: boolean }>, emergencyContacts: Array<{ name: string, relationship: string | null, phone: string, email: string | null }>, passports: Array<{ id: string, numberMasked: string, number?: string | null, issuingCountry: string, nationality: string | null, issueDate: string | null, expiryDate: string }> } | null };

export type CreateProfileMutationVariables = Exact<{
  input: CreateProfileInput;
  canReadPersonal: boolean;
  canReadDocuments: boolean;
}>;


export type CreateProfileMutation = { createProfile: { id: string, title: string | null, givenName: string, middleName: string | null, familyName: string, preferredName: string | null, nativeName: string | null, preferredLanguage: string | null, fullName: string, dateOfBirth?: string | null, department: string | null, status: ProfileStatus, version: number, createdAt: string, updatedAt: string, emails: Array<{ address: string, type: ContactType, isDefault: boolean }>, phones: Array<{ number: string, type: ContactType, isDefault: boolean }>, addresses: Array<{ type: AddressType, lines: Array<string>, city: string, region: string | null, postalCode: string | null, countryCode: string, isDefault: boolean }>, emergencyContacts: Array<{ name: string, relationship: string | null, phone: string, email: string | null }>, passports: Array<{ id: string, numberMasked: string, number?: string | null, issuingCountry: string, nationality: string | null, issueDate: string | null, expiryDate: string }> } };

export type UpdateProfileMutationVariables = Exact<{
  id: string | number;
  input: UpdateProfileInput;
  canReadPersonal: boolean;
  canReadDocuments: boolean;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, title: string | null, givenName: string, middleName: string | null, familyName: string, preferredName: string | null, nativeName: string | null, preferredLanguage: string | null, fullName: string, dateOfBirth?: string | null, department: string | null, status: ProfileStatus, version: number, createdAt: string, updatedAt: string, emails: Array<{ address: string, type: ContactType, isDefault: boolean }>, phones: Array<{ number: string, type: ContactType, isDefault: boolean }>, addresses: Array<{ type: AddressType, lines: Array<string>, city: string, region: string | null, postalCode: string | null, countryCode: string, isDefault: boolean }>, emergencyContacts: Array<{ name: string, relationship: string | null, phone: string, email: string | null }>, passports: Array<{ id: string, numberMasked: string, number?: string | null, issuingCountry: string, nationality: string | null, issueDate: string | null, expiryDate: string }> } };

export type ArchiveProfileMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  canReadPersonal: boolean;
  canReadDocuments: boolean;
}>;


export type ArchiveProfileMutation = { archiveProfile: { id: string, title: string | null, givenName: string, middleName: string | null, familyName: string, preferredName: string | null, nativeName: string | null, preferredLanguage: string | null, fullName: string, dateOfBirth?: string | null, department: string | null, status: ProfileStatus, version: number, createdAt: string, updatedAt: string, emails: Array<{ address: string, type: ContactType, isDefault: boolean }>, phones: Array<{ number: string, type: ContactType, isDefault: boolean }>, addresses: Array<{ type: AddressType, lines: Array<string>, city: string, region: string | null, postalCode: string | null, countryCode: string, isDefault: boolean }>, emergencyContacts: Array<{ name: string, relationship: string | null, phone: string, email: string | null }>, passports: Array<{ id: string, numberMasked: string, number?: string | null, issuingCountry: string, nationality: string | null, issueDate: string | null, expiryDate: string }> } };

export type ProfileImportColumnsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfileImportColumnsQuery = { profileImportColumns: Array<string> };

export type StartProfileImportMutationVariables = Exact<{
  input: StartProfileImportInput;
}>;


export type StartProfileImportMutation = { startProfileImport: { id: string, dryRun: boolean, status: ProfileImportStatus, expectedRows: number | null, chunks: number, rowsSeen: number, rowsAccepted: number, rowsImported: number, rowsRejected: number, rejectionsRecorded: number } };

export type AppendProfileImportRowsMutationVariables = Exact<{
  id: string | number;
  input: AppendProfileImportRowsInput;
}>;


export type AppendProfileImportRowsMutation = { appendProfileImportRows: { id: string, dryRun: boolean, status: ProfileImportStatus, expectedRows: number | null, chunks: number, rowsSeen: number, rowsAccepted: number, rowsImported: number, rowsRejected: number, rejectionsRecorded: number } };

export type FinishProfileImportMutationVariables = Exact<{
  id: string | number;
}>;


export type FinishProfileImportMutation = { finishProfileImport: { id: string, dryRun: boolean, status: ProfileImportStatus, expectedRows: number | null, chunks: number, rowsSeen: number, rowsAccepted: number, rowsImported: number, rowsRejected: number, rejectionsRecorded: number } };

export type ProfileImportReportQueryVariables = Exact<{
  id: string | number;
  page?: PageInput | null | undefined;
}>;


export type ProfileImportReportQuery = { profileImport: { id: string, dryRun: boolean, status: ProfileImportStatus, expectedRows: number | null, chunks: number, rowsSeen: number, rowsAccepted: number, rowsImported: number, rowsRejected: number, rejectionsRecorded: number, rejections: { total: number, totalIsExact: boolean, items: Array<{ id: string, line: number, field: string | null, rule: string, message: string }> } } | null };

export type ProfileImportProgressFragment = { id: string, dryRun: boolean, status: ProfileImportStatus, expectedRows: number | null, chunks: number, rowsSeen: number, rowsAccepted: number, rowsImported: number, rowsRejected: number, rejectionsRecorded: number };

export type ExportProfilesQueryVariables = Exact<{
  filter?: ProfileFilter | null | undefined;
  sort?: ProfileSort | null | undefined;
  format: ProfileExportFormat;
}>;


export type ExportProfilesQuery = { exportProfiles: { filename: string, contentType: string, rows: number, content: string } };

export type ProfileTravelDocumentsFragment = { id: string, version: number, nationalities: Array<string>, visas: Array<{ id: string, numberMasked: string, number?: string | null, country: string, entryType: VisaEntryType, validFrom: string, validUntil: string, authorisedStayDays: number | null, context: TravelContext }>, vaccinations: Array<{ id: string, numberMasked: string, number?: string | null, disease: string, dateGiven: string, expiryDate: string | null, context: TravelContext }>, entryEndorsements: Array<{ id: string, country: string, description: string, validUntil: string | null, context: TravelContext }>, travelInsurance: Array<{ id: string, numberMasked: string, number?: string | null, insurer: string, coverFrom: string, coverUntil: string, emergencyPhone: string | null, context: TravelContext }> };

export type ProfileTravelDocumentsQueryVariables = Exact<{
  id: string | number;
  canReadDocuments: boolean;
}>;


export type ProfileTravelDocumentsQuery = { profile: { id: string, version: number, nationalities: Array<string>, visas: Array<{ id: string, numberMasked: string, number?: string | null, country: string, entryType: VisaEntryType, validFrom: string, validUntil: string, authorisedStayDays: number | null, context: TravelContext }>, vaccinations: Array<{ id: string, numberMasked: string, number?: string | null, disease: string, dateGiven: string, expiryDate: string | null, context: TravelContext }>, entryEndorsements: Array<{ id: string, country: string, description: string, validUntil: string | null, context: TravelContext }>, travelInsurance: Array<{ id: string, numberMasked: string, number?: string | null, insurer: string, coverFrom: string, coverUntil: string, emergencyPhone: string | null, context: TravelContext }> } | null };

export type SetNationalitiesMutationVariables = Exact<{
  profileId: string | number;
  input: SetNationalitiesInput;
  canReadDocuments: boolean;
}>;


export type SetNationalitiesMutation = { setNationalities: { id: string, version: number, nationalities: Array<string>, visas: Array<{ id: string, numberMasked: string, number?: string | null, country: string, entryType: VisaEntryType, validFrom: string, validUntil: string, authorisedStayDays: number | null, context: TravelContext }>, vaccinations: Array<{ id: string, numberMasked: string, number?: string | null, disease: string, dateGiven: string, expiryDate: string | null, context: TravelContext }>, entryEndorsements: Array<{ id: string, country: string, description: string, validUntil: string | null, context: TravelContext }>, travelInsurance: Array<{ id: string, numberMasked: string, number?: string | null, insurer: string, coverFrom: string, coverUntil: string, emergencyPhone: string | null, context: TravelContext }> } };

export type SetVisasMutationVariables = Exact<{
  profileId: string | number;
  input: SetVisasInput;
  canReadDocuments: boolean;
}>;


export type SetVisasMutation = { setVisas: { id: string, version: number, nationalities: Array<string>, visas: Array<{ id: string, numberMasked: string, number?: string | null, country: string, entryType: VisaEntryType, validFrom: string, validUntil: string, authorisedStayDays: number | null, context: TravelContext }>, vaccinations: Array<{ id: string, numberMasked: string, number?: string | null, disease: string, dateGiven: string, expiryDate: string | null, context: TravelContext }>, entryEndorsements: Array<{ id: string, country: string, description: string, validUntil: string | null, context: TravelContext }>, travelInsurance: Array<{ id: string, numberMasked: string, number?: string | null, insurer: string, coverFrom: string, coverUntil: string, emergencyPhone: string | null, context: TravelContext }> } };

export type SetVaccinationsMutationVariables = Exact<{
  profileId: string | number;
  input: SetVaccinationsInput;
  canReadDocuments: boolean;
}>;


export type SetVaccinationsMutation = { setVaccinations: { id: string, version: number, nationalities: Array<string>, visas: Array<{ id: string, numberMasked: string, number?: string | null, country: string, entryType: VisaEntryType, validFrom: string, validUntil: string, authorisedStayDays: number | null, context: TravelContext }>, vaccinations: Array<{ id: string, numberMasked: string, number?: string | null, disease: string, dateGiven: string, expiryDate: string | null, context: TravelContext }>, entryEndorsements: Array<{ id: string, country: string, description: string, validUntil: string | null, context: TravelContext }>, travelInsurance: Array<{ id: string, numberMasked: string, number?: string | null, insurer: string, coverFrom: string, coverUntil: string, emergencyPhone: string | null, context: TravelContext }> } };

export type SetEntryEndorsementsMutationVariables = Exact<{
  profileId: string | number;
  input: SetEntryEndorsementsInput;
  canReadDocuments: boolean;
}>;


export type SetEntryEndorsementsMutation = { setEntryEndorsements: { id: string, version: number, nationalities: Array<string>, visas: Array<{ id: string, numberMasked: string, number?: string | null, country: string, entryType: VisaEntryType, validFrom: string, validUntil: string, authorisedStayDays: number | null, context: TravelContext }>, vaccinations: Array<{ id: string, numberMasked: string, number?: string | null, disease: string, dateGiven: string, expiryDate: string | null, context: TravelContext }>, entryEndorsements: Array<{ id: string, country: string, description: string, validUntil: string | null, context: TravelContext }>, travelInsurance: Array<{ id: string, numberMasked: string, number?: string | null, insurer: string, coverFrom: string, coverUntil: string, emergencyPhone: string | null, context: TravelContext }> } };

export type SetTravelInsuranceMutationVariables = Exact<{
  profileId: string | number;
  input: SetTravelInsuranceInput;
  canReadDocuments: boolean;
}>;


export type SetTravelInsuranceMutation = { setTravelInsurance: { id: string, version: number, nationalities: Array<string>, visas: Array<{ id: string, numberMasked: string, number?: string | null, country: string, entryType: VisaEntryType, validFrom: string, validUntil: string, authorisedStayDays: number | null, context: TravelContext }>, vaccinations: Array<{ id: string, numberMasked: string, number?: string | null, disease: string, dateGiven: string, expiryDate: string | null, context: TravelContext }>, entryEndorsements: Array<{ id: string, country: string, description: string, validUntil: string | null, context: TravelContext }>, travelInsurance: Array<{ id: string, numberMasked: string, number?: string | null, insurer: string, coverFrom: string, coverUntil: string, emergencyPhone: string | null, context: TravelContext }> } };

export type ProfileUpkeepDetailFragment = { id: string, version: number, fullName: string, status: ProfileStatus, vip: boolean, vipNote: string | null, specialNeeds?: boolean | null, lastVerifiedAt: string | null, lastVerifiedBy: string | null, nextReviewDue: string | null, tags: Array<string>, segments: Array<string> };

export type ProfileUpkeepQueryVariables = Exact<{
  id: string | number;
  canReadSpecial: boolean;
}>;


export type ProfileUpkeepQuery = { profile: { id: string, version: number, fullName: string, status: ProfileStatus, vip: boolean, vipNote: string | null, specialNeeds?: boolean | null, lastVerifiedAt: string | null, lastVerifiedBy: string | null, nextReviewDue: string | null, tags: Array<string>, segments: Array<string> } | null };

export type SetProfileTagsMutationVariables = Exact<{
  id: string | number;
  input: SetProfileTagsInput;
  canReadSpecial: boolean;
}>;


export type SetProfileTagsMutation = { setProfileTags: { id: string, version: number, fullName: string, status: ProfileStatus, vip: boolean, vipNote: string | null, specialNeeds?: boolean | null, lastVerifiedAt: string | null, lastVerifiedBy: string | null, nextReviewDue: string | null, tags: Array<string>, segments: Array<string> } };

export type SetProfileFlagsMutationVariables = Exact<{
  id: string | number;
  input: SetProfileFlagsInput;
  canReadSpecial: boolean;
}>;


export type SetProfileFlagsMutation = { setProfileFlags: { id: string, version: number, fullName: string, status: ProfileStatus, vip: boolean, vipNote: string | null, specialNeeds?: boolean | null, lastVerifiedAt: string | null, lastVerifiedBy: string | null, nextReviewDue: string | null, tags: Array<string>, segments: Array<string> } };

export type VerifyProfileMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  canReadSpecial: boolean;
}>;


export type VerifyProfileMutation = { verifyProfile: { id: string, version: number, fullName: string, status: ProfileStatus, vip: boolean, vipNote: string | null, specialNeeds?: boolean | null, lastVerifiedAt: string | null, lastVerifiedBy: string | null, nextReviewDue: string | null, tags: Array<string>, segments: Array<string> } };

export type RemindersQueryVariables = Exact<{
  filter: ReminderFilter;
  page?: PageInput | null | undefined;
}>;


export type RemindersQuery = { reminders: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, kind: ReminderKind, dueOn: string, daysLeft: number, documentType: string | null, missing: ProfileGap | null, profile: { id: string, fullName: string } | null }> } };

export type ReminderCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReminderCountsQuery = { reminderCounts: Array<{ kind: ReminderKind, dueBy: string, count: number, countIsExact: boolean }> };

export type SegmentCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SegmentCountsQuery = { segmentCounts: Array<{ segment: string, count: number }> };

export type StaffMemberFieldsFragment = { id: string, username: string, displayName: string, roles: Array<string>, scopes: Array<string>, active: boolean, lastSignInAt: string | null, version: number, createdAt: string, updatedAt: string };

export type StaffMemberListQueryVariables = Exact<{
  filter?: StaffMemberFilter | null | undefined;
  sort?: StaffMemberSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type StaffMemberListQuery = { staffMembers: { total: number, totalIsExact: boolean, nextCursor: string | null, items: Array<{ id: string, username: string, displayName: string, roles: Array<string>, scopes: Array<string>, active: boolean, lastSignInAt: string | null, version: number, createdAt: string, updatedAt: string }> } };

export type StaffMemberByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffMemberByIdQuery = { staffMember: { id: string, username: string, displayName: string, roles: Array<string>, scopes: Array<string>, active: boolean, lastSignInAt: string | null, version: number, createdAt: string, updatedAt: string } | null };

export type CreateStaffMemberMutationVariables = Exact<{
  input: CreateStaffMemberInput;
}>;


export type CreateStaffMemberMutation = { createStaffMember: { id: string, username: string, displayName: string, roles: Array<string>, scopes: Array<string>, active: boolean, lastSignInAt: string | null, version: number, createdAt: string, updatedAt: string } };

export type UpdateStaffMemberMutationVariables = Exact<{
  id: string | number;
  input: UpdateStaffMemberInput;
}>;


export type UpdateStaffMemberMutation = { updateStaffMember: { id: string, username: string, displayName: string, roles: Array<string>, scopes: Array<string>, active: boolean, lastSignInAt: string | null, version: number, createdAt: string, updatedAt: string } };

export type RolesQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesQuery = { roles: Array<{ name: string, scopes: Array<string> }> };

export const AuditEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"client"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIds"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]} as unknown as DocumentNode<AuditEventFieldsFragment, unknown>;
export const CampaignPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"contents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<CampaignPartsFragment, unknown>;
export const ComplaintRowPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolveDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolveClockPaused"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBreached"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ComplaintRowPartsFragment, unknown>;
export const ComplaintPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintRowParts"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionComment"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolveDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolveClockPaused"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBreached"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ComplaintPartsFragment, unknown>;
export const InteractionRowPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<InteractionRowPartsFragment, unknown>;
export const InteractionDetailPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionDetailParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionRowParts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordingAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"monitored"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<InteractionDetailPartsFragment, unknown>;
export const UndertakingPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UndertakingParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Undertaking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"delayNote"}},{"kind":"Field","name":{"kind":"Name","value":"customerTold"}},{"kind":"Field","name":{"kind":"Name","value":"customerToldAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<UndertakingPartsFragment, unknown>;
export const ReferralPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toTeam"}},{"kind":"Field","name":{"kind":"Name","value":"reasonGiven"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralPartsFragment, unknown>;
export const CorporateAccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorporateAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorporateAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"legalEntities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costCentres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"accountManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CorporateAccountFieldsFragment, unknown>;
export const TravelPolicySummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TravelPolicySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TravelPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TravelPolicySummaryFragment, unknown>;
export const PolicyRulesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cabinByDuration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minHours"}},{"kind":"Field","name":{"kind":"Name","value":"cabin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"railClass"}},{"kind":"Field","name":{"kind":"Name","value":"hotelCaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carClasses"}},{"kind":"Field","name":{"kind":"Name","value":"preferredAirlines"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAirlines"}},{"kind":"Field","name":{"kind":"Name","value":"preferredHotelChains"}},{"kind":"Field","name":{"kind":"Name","value":"blockedHotelChains"}},{"kind":"Field","name":{"kind":"Name","value":"preferredCarHireFirms"}},{"kind":"Field","name":{"kind":"Name","value":"blockedCarHireFirms"}},{"kind":"Field","name":{"kind":"Name","value":"advanceBookingDays"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"railBelowKm"}},{"kind":"Field","name":{"kind":"Name","value":"personalPreferencesAtOwnCost"}}]}}]} as unknown as DocumentNode<PolicyRulesFieldsFragment, unknown>;
export const TravelPolicyDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TravelPolicyDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TravelPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TravelPolicySummary"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRulesFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRulesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRulesFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TravelPolicySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TravelPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cabinByDuration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minHours"}},{"kind":"Field","name":{"kind":"Name","value":"cabin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"railClass"}},{"kind":"Field","name":{"kind":"Name","value":"hotelCaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carClasses"}},{"kind":"Field","name":{"kind":"Name","value":"preferredAirlines"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAirlines"}},{"kind":"Field","name":{"kind":"Name","value":"preferredHotelChains"}},{"kind":"Field","name":{"kind":"Name","value":"blockedHotelChains"}},{"kind":"Field","name":{"kind":"Name","value":"preferredCarHireFirms"}},{"kind":"Field","name":{"kind":"Name","value":"blockedCarHireFirms"}},{"kind":"Field","name":{"kind":"Name","value":"advanceBookingDays"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"railBelowKm"}},{"kind":"Field","name":{"kind":"Name","value":"personalPreferencesAtOwnCost"}}]}}]} as unknown as DocumentNode<TravelPolicyDetailFragment, unknown>;
export const SupplierMembershipItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierMembershipItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tierNames"}},{"kind":"Field","name":{"kind":"Name","value":"inOffer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadLoyaltyNumbers"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"pointsReadOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"preferredByPolicy"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadCorporate"}}}]}]}]}}]} as unknown as DocumentNode<SupplierMembershipItemFragment, unknown>;
export const ProfileSupplierMembershipsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSupplierMemberships"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supplierMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierMembershipItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierMembershipItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tierNames"}},{"kind":"Field","name":{"kind":"Name","value":"inOffer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadLoyaltyNumbers"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"pointsReadOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"preferredByPolicy"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadCorporate"}}}]}]}]}}]} as unknown as DocumentNode<ProfileSupplierMembershipsFragment, unknown>;
export const SupplierProgrammeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierProgramme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"alliance"}},{"kind":"Field","name":{"kind":"Name","value":"tierNames"}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"checkDigit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"inOffer"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SupplierProgrammeFieldsFragment, unknown>;
export const LoyaltyMemberStatusPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltyMemberStatusParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierPeriodEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"availablePoints"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPoints"}},{"kind":"Field","name":{"kind":"Name","value":"earnedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"usedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"expiredPoints"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingPoints"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingTrips"}},{"kind":"Field","name":{"kind":"Name","value":"pointsToNextTier"}},{"kind":"Field","name":{"kind":"Name","value":"tripsToNextTier"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilTierRetention"}},{"kind":"Field","name":{"kind":"Name","value":"pointsToRetainTier"}},{"kind":"Field","name":{"kind":"Name","value":"pointsExpiringNextMonth"}}]}}]} as unknown as DocumentNode<LoyaltyMemberStatusPartsFragment, unknown>;
export const LoyaltySchemeRulesPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltySchemeRulesParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltySchemeRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earningRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"productTypes"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"extraPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingPoints"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingTrips"}},{"kind":"Field","name":{"kind":"Name","value":"retentionPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gracePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonths"}},{"kind":"Field","name":{"kind":"Name","value":"termsVersion"}}]}}]} as unknown as DocumentNode<LoyaltySchemeRulesPartsFragment, unknown>;
export const LoyaltySchemePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltySchemeParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoyaltySchemeRulesParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltySchemeRulesParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltySchemeRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earningRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"productTypes"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"extraPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingPoints"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingTrips"}},{"kind":"Field","name":{"kind":"Name","value":"retentionPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gracePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonths"}},{"kind":"Field","name":{"kind":"Name","value":"termsVersion"}}]}}]} as unknown as DocumentNode<LoyaltySchemePartsFragment, unknown>;
export const LoyaltyRewardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltyRewardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyReward"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPrice"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<LoyaltyRewardFieldsFragment, unknown>;
export const OfferCatalogueEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferCatalogueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferCatalogueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OfferCatalogueEntryFieldsFragment, unknown>;
export const PartnerClientFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"accountIds"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnerClientFieldsFragment, unknown>;
export const ProfileConsentsDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileConsentsDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"marketingChannels"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"noticeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ProfileConsentsDetailFragment, unknown>;
export const DataSubjectExportPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSubjectExportParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSubjectExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}}]} as unknown as DocumentNode<DataSubjectExportPartsFragment, unknown>;
export const DataSubjectErasurePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSubjectErasureParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSubjectErasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}}]}}]} as unknown as DocumentNode<DataSubjectErasurePartsFragment, unknown>;
export const ProfileDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"nativeName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadPersonal"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"passports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"issuingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ProfileDetailFragment, unknown>;
export const DuplicateSideFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuplicateSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileDetail"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"vipNote"}},{"kind":"Field","name":{"kind":"Name","value":"specialNeeds"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"nativeName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadPersonal"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"passports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"issuingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DuplicateSideFragment, unknown>;
export const DuplicateCandidateItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuplicateCandidateItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"nameSimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftId"}},{"kind":"Field","name":{"kind":"Name","value":"rightId"}},{"kind":"Field","name":{"kind":"Name","value":"left"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"right"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DuplicateCandidateItemFragment, unknown>;
export const TravelPreferenceItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TravelPreferenceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TravelPreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"outsideOffer"}},{"kind":"Field","name":{"kind":"Name","value":"outsideOfferReason"}}]}}]} as unknown as DocumentNode<TravelPreferenceItemFragment, unknown>;
export const ProfilePreferencesDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfilePreferencesDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"travelPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TravelPreferenceItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialCategoryPreferences"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TravelPreferenceItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TravelPreferenceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TravelPreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"outsideOffer"}},{"kind":"Field","name":{"kind":"Name","value":"outsideOfferReason"}}]}}]} as unknown as DocumentNode<ProfilePreferencesDetailFragment, unknown>;
export const ProfileListItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<ProfileListItemFragment, unknown>;
export const ProfileImportProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileImportProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRows"}},{"kind":"Field","name":{"kind":"Name","value":"chunks"}},{"kind":"Field","name":{"kind":"Name","value":"rowsSeen"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionsRecorded"}}]}}]} as unknown as DocumentNode<ProfileImportProgressFragment, unknown>;
export const ProfileTravelDocumentsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileTravelDocuments"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}},{"kind":"Field","name":{"kind":"Name","value":"visas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"entryType"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"authorisedStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vaccinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"disease"}},{"kind":"Field","name":{"kind":"Name","value":"dateGiven"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryEndorsements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"travelInsurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"coverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverUntil"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}}]}}]} as unknown as DocumentNode<ProfileTravelDocumentsFragment, unknown>;
export const ProfileUpkeepDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileUpkeepDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"vipNote"}},{"kind":"Field","name":{"kind":"Name","value":"specialNeeds"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"segments"}}]}}]} as unknown as DocumentNode<ProfileUpkeepDetailFragment, unknown>;
export const StaffMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StaffMemberFieldsFragment, unknown>;
export const AuditEventListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEventList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"client"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIds"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]} as unknown as DocumentNode<AuditEventListQuery, AuditEventListQueryVariables>;
export const AuditEventByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEventById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"client"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectIds"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]} as unknown as DocumentNode<AuditEventByIdQuery, AuditEventByIdQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const CampaignListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}}]} as unknown as DocumentNode<CampaignListQuery, CampaignListQueryVariables>;
export const CampaignByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"contents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<CampaignByIdQuery, CampaignByIdQueryVariables>;
export const CreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"contents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const UpdateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"contents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<UpdateCampaignMutation, UpdateCampaignMutationVariables>;
export const ScheduleCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"contents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ScheduleCampaignMutation, ScheduleCampaignMutationVariables>;
export const SendCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"contents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<SendCampaignMutation, SendCampaignMutationVariables>;
export const CancelCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"contents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sendAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<CancelCampaignMutation, CancelCampaignMutationVariables>;
export const CampaignDryRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignDryRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignDryRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"exclusionCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignDryRunQuery, CampaignDryRunQueryVariables>;
export const CampaignRecipientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignRecipients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"exclusion"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignRecipientsQuery, CampaignRecipientsQueryVariables>;
export const ComplaintListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintRowParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolveDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolveClockPaused"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBreached"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ComplaintListQuery, ComplaintListQueryVariables>;
export const ComplaintByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolveDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolveClockPaused"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBreached"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintRowParts"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionComment"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}}]}}]}}]} as unknown as DocumentNode<ComplaintByIdQuery, ComplaintByIdQueryVariables>;
export const OpenComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolveDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolveClockPaused"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBreached"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintRowParts"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionComment"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}}]}}]}}]} as unknown as DocumentNode<OpenComplaintMutation, OpenComplaintMutationVariables>;
export const TransitionComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolveDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolveClockPaused"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBreached"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintRowParts"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionComment"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}}]}}]}}]} as unknown as DocumentNode<TransitionComplaintMutation, TransitionComplaintMutationVariables>;
export const RecordComplaintSatisfactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordComplaintSatisfaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordComplaintSatisfactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordComplaintSatisfaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolveDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolveClockPaused"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolveBreached"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintRowParts"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionComment"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}}]}}]}}]} as unknown as DocumentNode<RecordComplaintSatisfactionMutation, RecordComplaintSatisfactionMutationVariables>;
export const FeedbackListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbacks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"supplierCode"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"bookingReference"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}}]} as unknown as DocumentNode<FeedbackListQuery, FeedbackListQueryVariables>;
export const FeedbackSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackSummaryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierCode"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}}]}}]}}]}}]} as unknown as DocumentNode<FeedbackSummaryQuery, FeedbackSummaryQueryVariables>;
export const RecordFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordFeedbackMutation, RecordFeedbackMutationVariables>;
export const InteractionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InteractionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionRowParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<InteractionListQuery, InteractionListQueryVariables>;
export const InteractionByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InteractionById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionDetailParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionDetailParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionRowParts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordingAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"monitored"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<InteractionByIdQuery, InteractionByIdQueryVariables>;
export const LogInteractionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogInteraction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInteractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LogInteractionMutation, LogInteractionMutationVariables>;
export const ProfileTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadCampaigns"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionDetailParts"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Undertaking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","alias":{"kind":"Name","value":"undertakingStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"delayNote"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","alias":{"kind":"Name","value":"complaintStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignRecipient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"deliveryStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"exclusion"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadCampaigns"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionDetailParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionRowParts"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordingAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"monitored"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ProfileTimelineQuery, ProfileTimelineQueryVariables>;
export const MyUndertakingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyUndertakings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myUndertakings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UndertakingParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UndertakingParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Undertaking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"delayNote"}},{"kind":"Field","name":{"kind":"Name","value":"customerTold"}},{"kind":"Field","name":{"kind":"Name","value":"customerToldAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MyUndertakingsQuery, MyUndertakingsQueryVariables>;
export const UndertakingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UndertakingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UndertakingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UndertakingSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undertakings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UndertakingParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UndertakingParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Undertaking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"delayNote"}},{"kind":"Field","name":{"kind":"Name","value":"customerTold"}},{"kind":"Field","name":{"kind":"Name","value":"customerToldAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<UndertakingListQuery, UndertakingListQueryVariables>;
export const CreateUndertakingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUndertaking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUndertakingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUndertaking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UndertakingParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UndertakingParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Undertaking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"delayNote"}},{"kind":"Field","name":{"kind":"Name","value":"customerTold"}},{"kind":"Field","name":{"kind":"Name","value":"customerToldAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CreateUndertakingMutation, CreateUndertakingMutationVariables>;
export const CompleteUndertakingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteUndertaking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseUndertakingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeUndertaking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UndertakingParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UndertakingParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Undertaking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"delayNote"}},{"kind":"Field","name":{"kind":"Name","value":"customerTold"}},{"kind":"Field","name":{"kind":"Name","value":"customerToldAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CompleteUndertakingMutation, CompleteUndertakingMutationVariables>;
export const CancelUndertakingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelUndertaking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseUndertakingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelUndertaking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UndertakingParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UndertakingParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Undertaking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"delayNote"}},{"kind":"Field","name":{"kind":"Name","value":"customerTold"}},{"kind":"Field","name":{"kind":"Name","value":"customerToldAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CancelUndertakingMutation, CancelUndertakingMutationVariables>;
export const MyReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toTeam"}},{"kind":"Field","name":{"kind":"Name","value":"reasonGiven"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<MyReferralsQuery, MyReferralsQueryVariables>;
export const ReferConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toTeam"}},{"kind":"Field","name":{"kind":"Name","value":"reasonGiven"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<ReferConversationMutation, ReferConversationMutationVariables>;
export const AcceptReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toTeam"}},{"kind":"Field","name":{"kind":"Name","value":"reasonGiven"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const CloseReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toTeam"}},{"kind":"Field","name":{"kind":"Name","value":"reasonGiven"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<CloseReferralMutation, CloseReferralMutationVariables>;
export const TeamReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toTeam"}},{"kind":"Field","name":{"kind":"Name","value":"reasonGiven"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<TeamReferralsQuery, TeamReferralsQueryVariables>;
export const CorporateAccountListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorporateAccountList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CorporateAccountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CorporateAccountSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"corporateAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}}]} as unknown as DocumentNode<CorporateAccountListQuery, CorporateAccountListQueryVariables>;
export const CorporateAccountByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorporateAccountById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"corporateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorporateAccountFields"}},{"kind":"Field","name":{"kind":"Name","value":"travelPolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TravelPolicySummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorporateAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorporateAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"legalEntities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costCentres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"accountManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TravelPolicySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TravelPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CorporateAccountByIdQuery, CorporateAccountByIdQueryVariables>;
export const CreateCorporateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCorporateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCorporateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCorporateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorporateAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorporateAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorporateAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"legalEntities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costCentres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"accountManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateCorporateAccountMutation, CreateCorporateAccountMutationVariables>;
export const UpdateCorporateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCorporateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCorporateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCorporateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CorporateAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CorporateAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CorporateAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"legalEntities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costCentres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountManagerId"}},{"kind":"Field","name":{"kind":"Name","value":"accountManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateCorporateAccountMutation, UpdateCorporateAccountMutationVariables>;
export const AccountTravellersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountTravellers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountTravellerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"corporateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"travellers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"costCentreCode"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"travellerType"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"policyCompliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AccountTravellersQuery, AccountTravellersQueryVariables>;
export const LinkTravellerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkTraveller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkTravellerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkTraveller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LinkTravellerMutation, LinkTravellerMutationVariables>;
export const EndEmploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndEmployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endEmployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"validTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<EndEmploymentMutation, EndEmploymentMutationVariables>;
export const TravelPolicyByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TravelPolicyById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"travelPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TravelPolicyDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TravelPolicySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TravelPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cabinByDuration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minHours"}},{"kind":"Field","name":{"kind":"Name","value":"cabin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"railClass"}},{"kind":"Field","name":{"kind":"Name","value":"hotelCaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carClasses"}},{"kind":"Field","name":{"kind":"Name","value":"preferredAirlines"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAirlines"}},{"kind":"Field","name":{"kind":"Name","value":"preferredHotelChains"}},{"kind":"Field","name":{"kind":"Name","value":"blockedHotelChains"}},{"kind":"Field","name":{"kind":"Name","value":"preferredCarHireFirms"}},{"kind":"Field","name":{"kind":"Name","value":"blockedCarHireFirms"}},{"kind":"Field","name":{"kind":"Name","value":"advanceBookingDays"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"railBelowKm"}},{"kind":"Field","name":{"kind":"Name","value":"personalPreferencesAtOwnCost"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TravelPolicyDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TravelPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TravelPolicySummary"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRulesFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRulesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRulesFields"}}]}}]}}]}}]} as unknown as DocumentNode<TravelPolicyByIdQuery, TravelPolicyByIdQueryVariables>;
export const CreateTravelPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTravelPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTravelPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTravelPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TravelPolicyDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TravelPolicySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TravelPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cabinByDuration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minHours"}},{"kind":"Field","name":{"kind":"Name","value":"cabin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"railClass"}},{"kind":"Field","name":{"kind":"Name","value":"hotelCaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carClasses"}},{"kind":"Field","name":{"kind":"Name","value":"preferredAirlines"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAirlines"}},{"kind":"Field","name":{"kind":"Name","value":"preferredHotelChains"}},{"kind":"Field","name":{"kind":"Name","value":"blockedHotelChains"}},{"kind":"Field","name":{"kind":"Name","value":"preferredCarHireFirms"}},{"kind":"Field","name":{"kind":"Name","value":"blockedCarHireFirms"}},{"kind":"Field","name":{"kind":"Name","value":"advanceBookingDays"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"railBelowKm"}},{"kind":"Field","name":{"kind":"Name","value":"personalPreferencesAtOwnCost"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TravelPolicyDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TravelPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TravelPolicySummary"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRulesFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRulesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRulesFields"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTravelPolicyMutation, CreateTravelPolicyMutationVariables>;
export const ReviseTravelPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseTravelPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseTravelPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseTravelPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TravelPolicyDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TravelPolicySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TravelPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cabinByDuration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minHours"}},{"kind":"Field","name":{"kind":"Name","value":"cabin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"railClass"}},{"kind":"Field","name":{"kind":"Name","value":"hotelCaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carClasses"}},{"kind":"Field","name":{"kind":"Name","value":"preferredAirlines"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAirlines"}},{"kind":"Field","name":{"kind":"Name","value":"preferredHotelChains"}},{"kind":"Field","name":{"kind":"Name","value":"blockedHotelChains"}},{"kind":"Field","name":{"kind":"Name","value":"preferredCarHireFirms"}},{"kind":"Field","name":{"kind":"Name","value":"blockedCarHireFirms"}},{"kind":"Field","name":{"kind":"Name","value":"advanceBookingDays"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"railBelowKm"}},{"kind":"Field","name":{"kind":"Name","value":"personalPreferencesAtOwnCost"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TravelPolicyDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TravelPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TravelPolicySummary"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRulesFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRulesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyRulesFields"}}]}}]}}]}}]} as unknown as DocumentNode<ReviseTravelPolicyMutation, ReviseTravelPolicyMutationVariables>;
export const ProfileCorporateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileCorporate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departmentCode"}},{"kind":"Field","name":{"kind":"Name","value":"costCentreCode"}},{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"travellerType"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyCompliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"inPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"preference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProfileCorporateQuery, ProfileCorporateQueryVariables>;
export const ProfileSupplierMembershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileSupplierMemberships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadLoyaltyNumbers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadCorporate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileSupplierMemberships"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierMembershipItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tierNames"}},{"kind":"Field","name":{"kind":"Name","value":"inOffer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadLoyaltyNumbers"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"pointsReadOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"preferredByPolicy"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadCorporate"}}}]}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileSupplierMemberships"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supplierMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierMembershipItem"}}]}}]}}]} as unknown as DocumentNode<ProfileSupplierMembershipsQuery, ProfileSupplierMembershipsQueryVariables>;
export const AddSupplierMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSupplierMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSupplierMembershipInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadLoyaltyNumbers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadCorporate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSupplierMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierMembershipItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierMembershipItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tierNames"}},{"kind":"Field","name":{"kind":"Name","value":"inOffer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadLoyaltyNumbers"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"pointsReadOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"preferredByPolicy"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadCorporate"}}}]}]}]}}]} as unknown as DocumentNode<AddSupplierMembershipMutation, AddSupplierMembershipMutationVariables>;
export const UpdateSupplierMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupplierMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSupplierMembershipInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadLoyaltyNumbers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadCorporate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupplierMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierMembershipItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierMembershipItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tierNames"}},{"kind":"Field","name":{"kind":"Name","value":"inOffer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadLoyaltyNumbers"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"pointsReadOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"preferredByPolicy"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadCorporate"}}}]}]}]}}]} as unknown as DocumentNode<UpdateSupplierMembershipMutation, UpdateSupplierMembershipMutationVariables>;
export const CloseSupplierMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSupplierMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadLoyaltyNumbers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadCorporate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSupplierMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierMembershipItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierMembershipItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tierNames"}},{"kind":"Field","name":{"kind":"Name","value":"inOffer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadLoyaltyNumbers"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"tierExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"pointsReadOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"preferredByPolicy"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadCorporate"}}}]}]}]}}]} as unknown as DocumentNode<CloseSupplierMembershipMutation, CloseSupplierMembershipMutationVariables>;
export const SupplierProgrammeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplierProgrammeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierProgrammeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierProgrammeSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierProgrammes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierProgrammeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierProgramme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"alliance"}},{"kind":"Field","name":{"kind":"Name","value":"tierNames"}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"checkDigit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"inOffer"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SupplierProgrammeListQuery, SupplierProgrammeListQueryVariables>;
export const SupplierProgrammeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupplierProgrammeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierProgrammeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierProgramme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"alliance"}},{"kind":"Field","name":{"kind":"Name","value":"tierNames"}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"checkDigit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"inOffer"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SupplierProgrammeByIdQuery, SupplierProgrammeByIdQueryVariables>;
export const CreateSupplierProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSupplierProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSupplierProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSupplierProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierProgrammeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierProgramme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"alliance"}},{"kind":"Field","name":{"kind":"Name","value":"tierNames"}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"checkDigit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"inOffer"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateSupplierProgrammeMutation, CreateSupplierProgrammeMutationVariables>;
export const UpdateSupplierProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupplierProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSupplierProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupplierProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupplierProgrammeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupplierProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierProgramme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"ownerCode"}},{"kind":"Field","name":{"kind":"Name","value":"alliance"}},{"kind":"Field","name":{"kind":"Name","value":"tierNames"}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minLength"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"checkDigit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"inOffer"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateSupplierProgrammeMutation, UpdateSupplierProgrammeMutationVariables>;
export const LoyaltyRemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoyaltyReminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyReminderFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loyaltyReminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}}]} as unknown as DocumentNode<LoyaltyRemindersQuery, LoyaltyRemindersQueryVariables>;
export const LoyaltyReminderCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoyaltyReminderCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loyaltyReminderCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"countIsExact"}}]}}]}}]} as unknown as DocumentNode<LoyaltyReminderCountsQuery, LoyaltyReminderCountsQueryVariables>;
export const ProfileLoyaltyMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileLoyaltyMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loyaltyMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoyaltyMemberStatusParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltyMemberStatusParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierPeriodEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"availablePoints"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPoints"}},{"kind":"Field","name":{"kind":"Name","value":"earnedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"usedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"expiredPoints"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingPoints"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingTrips"}},{"kind":"Field","name":{"kind":"Name","value":"pointsToNextTier"}},{"kind":"Field","name":{"kind":"Name","value":"tripsToNextTier"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilTierRetention"}},{"kind":"Field","name":{"kind":"Name","value":"pointsToRetainTier"}},{"kind":"Field","name":{"kind":"Name","value":"pointsExpiringNextMonth"}}]}}]} as unknown as DocumentNode<ProfileLoyaltyMemberQuery, ProfileLoyaltyMemberQueryVariables>;
export const LoyaltyStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoyaltyStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loyaltyMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bookingReference"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"travelDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}}]}}]} as unknown as DocumentNode<LoyaltyStatementQuery, LoyaltyStatementQueryVariables>;
export const LoyaltyMemberListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoyaltyMemberList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyMemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyMemberSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loyaltyMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"availablePoints"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPoints"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}}]} as unknown as DocumentNode<LoyaltyMemberListQuery, LoyaltyMemberListQueryVariables>;
export const EnrolLoyaltyMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolLoyaltyMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolLoyaltyMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolLoyaltyMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoyaltyMemberStatusParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltyMemberStatusParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierPeriodEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"availablePoints"}},{"kind":"Field","name":{"kind":"Name","value":"pendingPoints"}},{"kind":"Field","name":{"kind":"Name","value":"earnedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"usedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"expiredPoints"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingPoints"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingTrips"}},{"kind":"Field","name":{"kind":"Name","value":"pointsToNextTier"}},{"kind":"Field","name":{"kind":"Name","value":"tripsToNextTier"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilTierRetention"}},{"kind":"Field","name":{"kind":"Name","value":"pointsToRetainTier"}},{"kind":"Field","name":{"kind":"Name","value":"pointsExpiringNextMonth"}}]}}]} as unknown as DocumentNode<EnrolLoyaltyMemberMutation, EnrolLoyaltyMemberMutationVariables>;
export const RedeemLoyaltyPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemLoyaltyPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeemLoyaltyPointsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemLoyaltyPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]} as unknown as DocumentNode<RedeemLoyaltyPointsMutation, RedeemLoyaltyPointsMutationVariables>;
export const AdjustLoyaltyPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustLoyaltyPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustLoyaltyPointsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustLoyaltyPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]} as unknown as DocumentNode<AdjustLoyaltyPointsMutation, AdjustLoyaltyPointsMutationVariables>;
export const LoyaltySchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoyaltyScheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loyaltyScheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoyaltySchemeParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltySchemeRulesParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltySchemeRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earningRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"productTypes"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"extraPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingPoints"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingTrips"}},{"kind":"Field","name":{"kind":"Name","value":"retentionPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gracePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonths"}},{"kind":"Field","name":{"kind":"Name","value":"termsVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltySchemeParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoyaltySchemeRulesParts"}}]}}]}}]}}]} as unknown as DocumentNode<LoyaltySchemeQuery, LoyaltySchemeQueryVariables>;
export const ReviseLoyaltySchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseLoyaltyScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseLoyaltySchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseLoyaltyScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoyaltySchemeParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltySchemeRulesParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltySchemeRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earningRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"productTypes"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"extraPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingPoints"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingTrips"}},{"kind":"Field","name":{"kind":"Name","value":"retentionPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gracePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonths"}},{"kind":"Field","name":{"kind":"Name","value":"termsVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltySchemeParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoyaltySchemeRulesParts"}}]}}]}}]}}]} as unknown as DocumentNode<ReviseLoyaltySchemeMutation, ReviseLoyaltySchemeMutationVariables>;
export const LoyaltyRewardListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoyaltyRewardList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyRewardFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyRewardSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loyaltyRewards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoyaltyRewardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltyRewardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyReward"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPrice"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<LoyaltyRewardListQuery, LoyaltyRewardListQueryVariables>;
export const LoyaltyRewardByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoyaltyRewardById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loyaltyReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoyaltyRewardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltyRewardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyReward"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPrice"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<LoyaltyRewardByIdQuery, LoyaltyRewardByIdQueryVariables>;
export const CreateLoyaltyRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLoyaltyReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLoyaltyRewardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLoyaltyReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoyaltyRewardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltyRewardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyReward"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPrice"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateLoyaltyRewardMutation, CreateLoyaltyRewardMutationVariables>;
export const UpdateLoyaltyRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLoyaltyReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLoyaltyRewardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLoyaltyReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoyaltyRewardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoyaltyRewardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoyaltyReward"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPrice"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateLoyaltyRewardMutation, UpdateLoyaltyRewardMutationVariables>;
export const OfferCatalogueListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferCatalogueList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferCatalogueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferCatalogueSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferCatalogueEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferCatalogueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferCatalogueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OfferCatalogueListQuery, OfferCatalogueListQueryVariables>;
export const AddOfferCatalogueEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOfferCatalogueEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOfferCatalogueEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOfferCatalogueEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferCatalogueEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferCatalogueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferCatalogueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AddOfferCatalogueEntryMutation, AddOfferCatalogueEntryMutationVariables>;
export const RemoveOfferCatalogueEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOfferCatalogueEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOfferCatalogueEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferCatalogueEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferCatalogueEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferCatalogueEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RemoveOfferCatalogueEntryMutation, RemoveOfferCatalogueEntryMutationVariables>;
export const PartnerClientListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerClientList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerClientFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerClientSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerClientFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"accountIds"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnerClientListQuery, PartnerClientListQueryVariables>;
export const PartnerClientByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerClientById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerClientFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"accountIds"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnerClientByIdQuery, PartnerClientByIdQueryVariables>;
export const CreatePartnerClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartnerClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartnerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"partnerClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerClientFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"accountIds"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreatePartnerClientMutation, CreatePartnerClientMutationVariables>;
export const RotatePartnerClientKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotatePartnerClientKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotatePartnerClientKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"partnerClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerClientFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"accountIds"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RotatePartnerClientKeyMutation, RotatePartnerClientKeyMutationVariables>;
export const RevokePartnerClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokePartnerClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokePartnerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerClientFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"accountIds"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RevokePartnerClientMutation, RevokePartnerClientMutationVariables>;
export const ProfileConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileConsentsDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileConsentsDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"marketingChannels"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"noticeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ProfileConsentsQuery, ProfileConsentsQueryVariables>;
export const RecordConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileConsentsDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileConsentsDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"marketingChannels"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"noticeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const WithdrawConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileConsentsDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileConsentsDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"marketingChannels"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"noticeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const DuplicateCandidateListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuplicateCandidateList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateCandidateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateCandidateSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuplicateCandidateItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuplicateCandidateItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"nameSimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftId"}},{"kind":"Field","name":{"kind":"Name","value":"rightId"}},{"kind":"Field","name":{"kind":"Name","value":"left"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"right"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DuplicateCandidateListQuery, DuplicateCandidateListQueryVariables>;
export const DuplicateCandidateByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuplicateCandidateById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadPersonal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuplicateCandidateItem"}},{"kind":"Field","name":{"kind":"Name","value":"left"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuplicateSide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"right"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuplicateSide"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"nativeName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadPersonal"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"passports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"issuingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuplicateCandidateItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"nameSimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftId"}},{"kind":"Field","name":{"kind":"Name","value":"rightId"}},{"kind":"Field","name":{"kind":"Name","value":"left"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"right"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuplicateSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileDetail"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"vipNote"}},{"kind":"Field","name":{"kind":"Name","value":"specialNeeds"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<DuplicateCandidateByIdQuery, DuplicateCandidateByIdQueryVariables>;
export const ScanForDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScanForDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scanForDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}}]} as unknown as DocumentNode<ScanForDuplicatesMutation, ScanForDuplicatesMutationVariables>;
export const DismissDuplicateCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissDuplicateCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissDuplicateCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuplicateCandidateItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuplicateCandidateItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"nameSimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"foundAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftId"}},{"kind":"Field","name":{"kind":"Name","value":"rightId"}},{"kind":"Field","name":{"kind":"Name","value":"left"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"right"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DismissDuplicateCandidateMutation, DismissDuplicateCandidateMutationVariables>;
export const MergeProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeProfiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeProfilesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"mergedFrom"}}]}}]}}]} as unknown as DocumentNode<MergeProfilesMutation, MergeProfilesMutationVariables>;
export const ProfileHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ProfileHistoryQuery, ProfileHistoryQueryVariables>;
export const ProfilePreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfilePreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfilePreferencesDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TravelPreferenceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TravelPreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"outsideOffer"}},{"kind":"Field","name":{"kind":"Name","value":"outsideOfferReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfilePreferencesDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"travelPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TravelPreferenceItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialCategoryPreferences"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TravelPreferenceItem"}}]}}]}}]} as unknown as DocumentNode<ProfilePreferencesQuery, ProfilePreferencesQueryVariables>;
export const SetTravelPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTravelPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTravelPreferencesInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTravelPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfilePreferencesDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TravelPreferenceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TravelPreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"outsideOffer"}},{"kind":"Field","name":{"kind":"Name","value":"outsideOfferReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfilePreferencesDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"travelPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TravelPreferenceItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialCategoryPreferences"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TravelPreferenceItem"}}]}}]}}]} as unknown as DocumentNode<SetTravelPreferencesMutation, SetTravelPreferencesMutationVariables>;
export const SetSpecialCategoryPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSpecialCategoryPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTravelPreferencesInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSpecialCategoryPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfilePreferencesDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TravelPreferenceItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TravelPreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"outsideOffer"}},{"kind":"Field","name":{"kind":"Name","value":"outsideOfferReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfilePreferencesDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"travelPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TravelPreferenceItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialCategoryPreferences"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TravelPreferenceItem"}}]}}]}}]} as unknown as DocumentNode<SetSpecialCategoryPreferencesMutation, SetSpecialCategoryPreferencesMutationVariables>;
export const PreferenceValueListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreferenceValueLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preferenceValueLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]} as unknown as DocumentNode<PreferenceValueListsQuery, PreferenceValueListsQueryVariables>;
export const ProfileListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileListItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<ProfileListQuery, ProfileListQueryVariables>;
export const ProfilesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfilesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileListItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileListItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<ProfilesByIdsQuery, ProfilesByIdsQueryVariables>;
export const ProfileByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadPersonal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"nativeName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadPersonal"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"passports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"issuingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ProfileByIdQuery, ProfileByIdQueryVariables>;
export const CreateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProfileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadPersonal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"nativeName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadPersonal"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"passports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"issuingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateProfileMutation, CreateProfileMutationVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadPersonal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"nativeName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadPersonal"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"passports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"issuingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ArchiveProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadPersonal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredName"}},{"kind":"Field","name":{"kind":"Name","value":"nativeName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadPersonal"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"passports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"issuingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ArchiveProfileMutation, ArchiveProfileMutationVariables>;
export const ProfileImportColumnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileImportColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileImportColumns"}}]}}]} as unknown as DocumentNode<ProfileImportColumnsQuery, ProfileImportColumnsQueryVariables>;
export const StartProfileImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartProfileImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartProfileImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startProfileImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileImportProgress"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileImportProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRows"}},{"kind":"Field","name":{"kind":"Name","value":"chunks"}},{"kind":"Field","name":{"kind":"Name","value":"rowsSeen"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionsRecorded"}}]}}]} as unknown as DocumentNode<StartProfileImportMutation, StartProfileImportMutationVariables>;
export const AppendProfileImportRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppendProfileImportRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppendProfileImportRowsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appendProfileImportRows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileImportProgress"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileImportProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRows"}},{"kind":"Field","name":{"kind":"Name","value":"chunks"}},{"kind":"Field","name":{"kind":"Name","value":"rowsSeen"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionsRecorded"}}]}}]} as unknown as DocumentNode<AppendProfileImportRowsMutation, AppendProfileImportRowsMutationVariables>;
export const FinishProfileImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishProfileImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishProfileImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileImportProgress"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileImportProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRows"}},{"kind":"Field","name":{"kind":"Name","value":"chunks"}},{"kind":"Field","name":{"kind":"Name","value":"rowsSeen"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionsRecorded"}}]}}]} as unknown as DocumentNode<FinishProfileImportMutation, FinishProfileImportMutationVariables>;
export const ProfileImportReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileImportReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileImportProgress"}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileImportProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRows"}},{"kind":"Field","name":{"kind":"Name","value":"chunks"}},{"kind":"Field","name":{"kind":"Name","value":"rowsSeen"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"rowsImported"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionsRecorded"}}]}}]} as unknown as DocumentNode<ProfileImportReportQuery, ProfileImportReportQueryVariables>;
export const ExportProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportProfiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<ExportProfilesQuery, ExportProfilesQueryVariables>;
export const ProfileTravelDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileTravelDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileTravelDocuments"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileTravelDocuments"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}},{"kind":"Field","name":{"kind":"Name","value":"visas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"entryType"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"authorisedStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vaccinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"disease"}},{"kind":"Field","name":{"kind":"Name","value":"dateGiven"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryEndorsements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"travelInsurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"coverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverUntil"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}}]}}]} as unknown as DocumentNode<ProfileTravelDocumentsQuery, ProfileTravelDocumentsQueryVariables>;
export const SetNationalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNationalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetNationalitiesInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNationalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileTravelDocuments"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileTravelDocuments"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}},{"kind":"Field","name":{"kind":"Name","value":"visas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"entryType"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"authorisedStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vaccinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"disease"}},{"kind":"Field","name":{"kind":"Name","value":"dateGiven"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryEndorsements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"travelInsurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"coverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverUntil"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}}]}}]} as unknown as DocumentNode<SetNationalitiesMutation, SetNationalitiesMutationVariables>;
export const SetVisasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetVisas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetVisasInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setVisas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileTravelDocuments"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileTravelDocuments"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}},{"kind":"Field","name":{"kind":"Name","value":"visas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"entryType"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"authorisedStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vaccinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"disease"}},{"kind":"Field","name":{"kind":"Name","value":"dateGiven"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryEndorsements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"travelInsurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"coverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverUntil"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}}]}}]} as unknown as DocumentNode<SetVisasMutation, SetVisasMutationVariables>;
export const SetVaccinationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetVaccinations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetVaccinationsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setVaccinations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileTravelDocuments"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileTravelDocuments"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}},{"kind":"Field","name":{"kind":"Name","value":"visas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"entryType"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"authorisedStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vaccinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"disease"}},{"kind":"Field","name":{"kind":"Name","value":"dateGiven"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryEndorsements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"travelInsurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"coverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverUntil"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}}]}}]} as unknown as DocumentNode<SetVaccinationsMutation, SetVaccinationsMutationVariables>;
export const SetEntryEndorsementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEntryEndorsements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEntryEndorsementsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEntryEndorsements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileTravelDocuments"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileTravelDocuments"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}},{"kind":"Field","name":{"kind":"Name","value":"visas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"entryType"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"authorisedStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vaccinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"disease"}},{"kind":"Field","name":{"kind":"Name","value":"dateGiven"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryEndorsements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"travelInsurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"coverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverUntil"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}}]}}]} as unknown as DocumentNode<SetEntryEndorsementsMutation, SetEntryEndorsementsMutationVariables>;
export const SetTravelInsuranceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTravelInsurance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTravelInsuranceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTravelInsurance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileTravelDocuments"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileTravelDocuments"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nationalities"}},{"kind":"Field","name":{"kind":"Name","value":"visas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"entryType"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"authorisedStayDays"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vaccinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"disease"}},{"kind":"Field","name":{"kind":"Name","value":"dateGiven"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryEndorsements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}},{"kind":"Field","name":{"kind":"Name","value":"travelInsurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadDocuments"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"coverFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverUntil"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"context"}}]}}]}}]} as unknown as DocumentNode<SetTravelInsuranceMutation, SetTravelInsuranceMutationVariables>;
export const ProfileUpkeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileUpkeep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileUpkeepDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileUpkeepDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"vipNote"}},{"kind":"Field","name":{"kind":"Name","value":"specialNeeds"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"segments"}}]}}]} as unknown as DocumentNode<ProfileUpkeepQuery, ProfileUpkeepQueryVariables>;
export const SetProfileTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProfileTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProfileTagsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProfileTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileUpkeepDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileUpkeepDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"vipNote"}},{"kind":"Field","name":{"kind":"Name","value":"specialNeeds"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"segments"}}]}}]} as unknown as DocumentNode<SetProfileTagsMutation, SetProfileTagsMutationVariables>;
export const SetProfileFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProfileFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProfileFlagsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProfileFlags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileUpkeepDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileUpkeepDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"vipNote"}},{"kind":"Field","name":{"kind":"Name","value":"specialNeeds"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"segments"}}]}}]} as unknown as DocumentNode<SetProfileFlagsMutation, SetProfileFlagsMutationVariables>;
export const VerifyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileUpkeepDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileUpkeepDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vip"}},{"kind":"Field","name":{"kind":"Name","value":"vipNote"}},{"kind":"Field","name":{"kind":"Name","value":"specialNeeds"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReadSpecial"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"segments"}}]}}]} as unknown as DocumentNode<VerifyProfileMutation, VerifyProfileMutationVariables>;
export const RemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}}]} as unknown as DocumentNode<RemindersQuery, RemindersQueryVariables>;
export const ReminderCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"countIsExact"}}]}}]}}]} as unknown as DocumentNode<ReminderCountsQuery, ReminderCountsQueryVariables>;
export const SegmentCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<SegmentCountsQuery, SegmentCountsQueryVariables>;
export const StaffMemberListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMemberList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMemberSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StaffMemberListQuery, StaffMemberListQueryVariables>;
export const StaffMemberByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMemberById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StaffMemberByIdQuery, StaffMemberByIdQueryVariables>;
export const CreateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateStaffMemberMutation, CreateStaffMemberMutationVariables>;
export const UpdateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateStaffMemberMutation, UpdateStaffMemberMutationVariables>;
export const RolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}}]} as unknown as DocumentNode<RolesQuery, RolesQueryVariables>;