import type {
  AddressInput,
  AddressType,
  ConsentChannel,
  ContactType,
  CreateProfileInput,
  LegalBasis,
  EmailInput,
  EmergencyContactInput,
  PassportInput,
  PhoneInput,
  UpdateProfileInput,
} from '../graphql/generated';
import { hasScope } from '../auth/scopes';
import { inputFieldsOf, isListType, namedTypeOf } from '../graphql/apiSchema';

type Optional<T> = T | null | undefined;

/** createProfile's fields that take one text (or date) value. */
type SingleValueField = { [K in keyof CreateProfileInput]-?: NonNullable<CreateProfileInput[K]> extends string ? K : never }[keyof CreateProfileInput];

/** The values of the profile create/edit form (ArrayInput rows may be half filled). */
export interface ProfileFormValues extends Partial<Record<SingleValueField, Optional<string>>> {
  emails?: Optional<{ address?: Optional<string>; type?: Optional<ContactType>; isDefault?: Optional<boolean> }[]>;
  phones?: Optional<{ number?: Optional<string>; type?: Optional<ContactType>; isDefault?: Optional<boolean> }[]>;
  addresses?: Optional<
    {
      type?: Optional<AddressType>;
      lines?: Optional<Optional<string>[]>;
      city?: Optional<string>;
      region?: Optional<string>;
      postalCode?: Optional<string>;
      countryCode?: Optional<string>;
      isDefault?: Optional<boolean>;
    }[]
  >;
  emergencyContacts?: Optional<{ name?: Optional<string>; relationship?: Optional<string>; phone?: Optional<string>; email?: Optional<string> }[]>;
  lawfulBasis?: Optional<{ legalBasis?: Optional<LegalBasis>; noticeVersion?: Optional<string>; channel?: Optional<ConsentChannel> }>;
  passports?: Optional<
    {
      id?: Optional<string>;
      numberMasked?: Optional<string>;
      number?: Optional<string>;
      issuingCountry?: Optional<string>;
      nationality?: Optional<string>;
      issueDate?: Optional<string>;
      expiryDate?: Optional<string>;
    }[]
  >;
}

const text = (value: Optional<string>): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

// Required fields are sent even when blank so the server names them in its validation errors.
const required = (value: Optional<string>): string => value?.trim() ?? '';

const emailInputs = (values: ProfileFormValues): EmailInput[] =>
  (values.emails ?? []).map((email) => ({
    address: required(email.address),
    type: email.type ?? 'PERSONAL',
    isDefault: email.isDefault ?? false,
  }));

const phoneInputs = (values: ProfileFormValues): PhoneInput[] =>
  (values.phones ?? []).map((phone) => ({
    number: required(phone.number),
    type: phone.type ?? 'PERSONAL',
    isDefault: phone.isDefault ?? false,
  }));

const addressInputs = (values: ProfileFormValues): AddressInput[] =>
  (values.addresses ?? []).map((address) => ({
    type: address.type ?? 'HOME',
    lines: (address.lines ?? []).map(text).filter((line): line is string => line !== null),
    city: required(address.city),
    region: text(address.region),
    postalCode: text(address.postalCode),
    countryCode: required(address.countryCode).toUpperCase(),
    isDefault: address.isDefault ?? false,
  }));

const emergencyContactInputs = (values: ProfileFormValues): EmergencyContactInput[] =>
  (values.emergencyContacts ?? []).map((contact) => ({
    name: required(contact.name),
    relationship: text(contact.relationship),
    phone: required(contact.phone),
    email: text(contact.email),
  }));

/** An existing passport keeps its id; an empty number then means "keep the stored number". */
const passportInputs = (values: ProfileFormValues): PassportInput[] =>
  (values.passports ?? []).map((passport) => {
    const number = text(passport.number);
    return {
      ...(passport.id ? { id: passport.id } : {}),
      ...(number ? { number } : {}),
      issuingCountry: required(passport.issuingCountry).toUpperCase(),
      nationality: text(passport.nationality)?.toUpperCase() ?? null,
      issueDate: text(passport.issueDate),
      expiryDate: required(passport.expiryDate),
    };
  });

/** Fields the role may not write are left out entirely, so saving never touches them. */
const scopedFields = (values: ProfileFormValues, scopes: readonly string[]) => ({
  ...(hasScope(scopes, 'profiles.personal:read') ? { dateOfBirth: text(values.dateOfBirth) } : {}),
  ...(hasScope(scopes, 'profiles.documents:write') ? { passports: passportInputs(values) } : {}),
});

/** createProfile's plain text fields (names, language, department…) as the schema has them; the date of birth is scoped, above. */
const TEXT_FIELDS = inputFieldsOf('CreateProfileInput')
  .filter((field) => namedTypeOf(field.type) === 'String' && !isListType(field.type))
  .map((field) => ({ name: field.name as SingleValueField, required: field.type.kind === 'NON_NULL' }));

const profileFields = (values: ProfileFormValues, scopes: readonly string[]) => ({
  ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field.name, field.required ? required(values[field.name]) : text(values[field.name])])) as Pick<
    CreateProfileInput,
    'givenName' | 'familyName'
  >),
  emails: emailInputs(values),
  phones: phoneInputs(values),
  addresses: addressInputs(values),
  emergencyContacts: emergencyContactInputs(values),
  ...scopedFields(values, scopes),
});

export const createProfileInput = (values: ProfileFormValues, scopes: readonly string[]): CreateProfileInput => ({
  ...profileFields(values, scopes),
  lawfulBasis: {
    legalBasis: values.lawfulBasis?.legalBasis as LegalBasis,
    noticeVersion: required(values.lawfulBasis?.noticeVersion),
    channel: values.lawfulBasis?.channel as ConsentChannel,
  },
});

export const updateProfileInput = (values: ProfileFormValues, expectedVersion: number, scopes: readonly string[]): UpdateProfileInput => ({
  expectedVersion,
  ...profileFields(values, scopes),
});

/** Edit form values: a stored passport number is never put in an input, only its masked form is shown. */
export const profileFormValues = <T extends ProfileFormValues>(profile: T): T => ({
  ...profile,
  passports: (profile.passports ?? []).map(({ number: _storedNumber, ...passport }) => passport),
});
