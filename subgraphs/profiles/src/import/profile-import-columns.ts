import { DateScalar, FieldViolation } from '@wayfarer/kit';
import { CreateProfileInput } from '../profile/create-profile.input';
import { AddressInput, AddressType, ContactType, EmailInput, PhoneInput } from '../profile/contact.types';
import { PassportInput } from '../documents/passport.input';
import { LawfulBasisInput } from '../consent/record-consent.input';
import { PROFILE_FIELDS } from '../profile/profile-fields';

type ColumnKind = 'text' | 'code' | 'date';

interface ImportColumn {
  name: string;
  /** Where the value goes in CreateProfileInput, so createProfile's own rules check it. */
  path: string;
  kind: ColumnKind;
}

const column = (name: string, path: string, kind: ColumnKind = 'text'): ImportColumn => ({ name, path, kind });

/**
 * The CSV columns: PPLTT26's contact details and travel document data (the profile's own single
 * values, then one e-mail, phone, address and passport per row), and the lawful basis for
 * storing the profile.
 */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  ...PROFILE_FIELDS.import.map((field) => column(field.name, field.name, field.date ? 'date' : 'text')),
  column('email', 'emails.0.address'),
  column('emailType', 'emails.0.type', 'code'),
  column('phone', 'phones.0.number'),
  column('phoneType', 'phones.0.type', 'code'),
  column('addressType', 'addresses.0.type', 'code'),
  column('addressLine1', 'addresses.0.lines.0'),
  column('addressLine2', 'addresses.0.lines.1'),
  column('city', 'addresses.0.city'),
  column('region', 'addresses.0.region'),
  column('postalCode', 'addresses.0.postalCode'),
  column('countryCode', 'addresses.0.countryCode', 'code'),
  column('passportNumber', 'passports.0.number'),
  column('passportIssuingCountry', 'passports.0.issuingCountry', 'code'),
  column('passportNationality', 'passports.0.nationality', 'code'),
  column('passportIssueDate', 'passports.0.issueDate', 'date'),
  column('passportExpiryDate', 'passports.0.expiryDate', 'date'),
  column('legalBasis', 'lawfulBasis.legalBasis', 'code'),
  column('noticeVersion', 'lawfulBasis.noticeVersion'),
  column('consentChannel', 'lawfulBasis.channel', 'code'),
];

const BY_NAME = new Map(IMPORT_COLUMNS.map((entry) => [entry.name, entry]));
export const REQUIRED_COLUMNS = PROFILE_FIELDS.import.filter((field) => field.required).map((field) => field.name);
export const LAWFUL_BASIS_COLUMNS = ['legalBasis', 'noticeVersion', 'consentChannel'];

export const isImportColumn = (name: string): boolean => BY_NAME.has(name);

/** The column a violation of CreateProfileInput is about, by the input path it names. */
function columnOf(columns: readonly ImportColumn[], path: string): string {
  const bare = path.replace(/^input\./, '');
  const exact = columns.find((entry) => entry.path === bare);
  if (exact) return exact.name;
  const inside = columns.find((entry) => entry.path.startsWith(`${bare}.`) || bare.startsWith(`${entry.path}.`));
  return inside?.name ?? bare;
}

// A row's draft input holds whatever its columns gave, until the input's own rules validate it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Draft = Record<string, any>;

function setPath(target: Draft, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  keys.slice(0, -1).forEach((key, index) => {
    node[key] ??= /^\d+$/.test(keys[index + 1]) ? [] : {};
    node = node[key];
  });
  node[keys[keys.length - 1]] = value;
}

export interface MappedRow {
  input: CreateProfileInput;
  violations: FieldViolation[];
}

/**
 * One CSV row as the CreateProfileInput createProfile would receive: empty cells are absent,
 * dates are checked with the API's own Date scalar, and the job's lawful basis fills in when
 * the row has none. Nested inputs are their classes, so class-validator runs their rules.
 */
export class ImportRowMapper {
  readonly columns: ImportColumn[];

  constructor(
    names: readonly string[],
    private readonly lawfulBasis: LawfulBasisInput | null,
  ) {
    this.columns = names.map((name) => BY_NAME.get(name)!);
  }

  map(fields: readonly string[]): MappedRow {
    const draft: Draft = {};
    const violations: FieldViolation[] = [];
    this.columns.forEach((entry, index) => {
      const raw = fields[index].trim();
      if (raw === '') return;
      if (entry.kind === 'date') {
        try {
          DateScalar.parseValue(raw);
        } catch {
          violations.push({ field: entry.name, rule: 'isDate', message: 'must be a date written YYYY-MM-DD' });
          return;
        }
      }
      setPath(draft, entry.path, entry.kind === 'code' ? raw.toUpperCase() : raw);
    });
    const input = Object.assign(new CreateProfileInput(), draft);
    if (draft.emails) input.emails = [Object.assign(new EmailInput(), { type: ContactType.PERSONAL, isDefault: true }, draft.emails[0])];
    if (draft.phones) input.phones = [Object.assign(new PhoneInput(), { type: ContactType.PERSONAL, isDefault: true }, draft.phones[0])];
    if (draft.addresses) {
      const address = draft.addresses[0];
      input.addresses = [
        Object.assign(new AddressInput(), { type: AddressType.HOME, isDefault: true }, address, { lines: (address.lines ?? []).filter(Boolean) }),
      ];
    }
    if (draft.passports) input.passports = [Object.assign(new PassportInput(), draft.passports[0])];
    input.lawfulBasis = draft.lawfulBasis
      ? Object.assign(new LawfulBasisInput(), this.lawfulBasis ?? {}, draft.lawfulBasis)
      : Object.assign(new LawfulBasisInput(), this.lawfulBasis);
    return { input, violations };
  }

  /** Violations of the input named by the CSV column they came from. */
  byColumn(violations: readonly FieldViolation[]): FieldViolation[] {
    return violations.map((violation) => ({ ...violation, field: columnOf(this.columns, violation.field) }));
  }
}
