import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { startProfilesSubgraph, STORAGE_BASIS } from '../testing/profiles-test-subgraph';

const SUPERVISOR = staff(
  [
    'profiles:read',
    'profiles:write',
    'profiles.personal:read',
    'profiles.documents:read',
    'profiles.documents:write',
    'profiles.special:read',
    'profiles:merge',
    'profiles:import',
    'profiles:export',
  ],
  ['supervisor'],
);
const MARKETING = staff(['profiles:read', 'profiles:export'], ['marketing'], '0190f0b2-0000-7000-8000-0000000000e3');

// What the API answered while each of these lists was written out by hand; the derived lists must answer the same.
const EXPORT_COLUMNS = [
  'id',
  'title',
  'givenName',
  'middleName',
  'familyName',
  'preferredName',
  'dateOfBirth',
  'emails',
  'phones',
  'address',
  'department',
  'nativeName',
  'preferredLanguage',
  'status',
  'passports',
  'createdAt',
  'updatedAt',
];
const IMPORT_COLUMNS = [
  'title',
  'givenName',
  'middleName',
  'familyName',
  'preferredName',
  'dateOfBirth',
  'department',
  'email',
  'emailType',
  'phone',
  'phoneType',
  'addressType',
  'addressLine1',
  'addressLine2',
  'city',
  'region',
  'postalCode',
  'countryCode',
  'passportNumber',
  'passportIssuingCountry',
  'passportNationality',
  'passportIssueDate',
  'passportExpiryDate',
  'legalBasis',
  'noticeVersion',
  'consentChannel',
];
const MERGE_CHOICES = [
  { name: 'TITLE', description: null },
  { name: 'GIVEN_NAME', description: null },
  { name: 'MIDDLE_NAME', description: null },
  { name: 'FAMILY_NAME', description: null },
  { name: 'PREFERRED_NAME', description: null },
  { name: 'NATIVE_NAME', description: null },
  { name: 'PREFERRED_LANGUAGE', description: null },
  { name: 'DATE_OF_BIRTH', description: 'MERGED needs profiles.personal:read.' },
  { name: 'EMAILS', description: null },
  { name: 'PHONES', description: null },
  { name: 'ADDRESSES', description: null },
  { name: 'DEPARTMENT', description: null },
  { name: 'EMERGENCY_CONTACTS', description: null },
  { name: 'NATIONALITIES', description: 'MERGED or BOTH needs profiles.documents:write.' },
  { name: 'VIP', description: 'VIP status with its note.' },
  { name: 'SPECIAL_NEEDS', description: 'MERGED needs profiles.special:write.' },
  { name: 'TAGS', description: 'BOTH unless chosen.' },
];
// The fields of createProfile's history rows (all of one instant, so in no particular order).
const CREATE_HISTORY = [
  'status',
  'emergencyContacts',
  'department',
  'addresses',
  'phones',
  'emails',
  'dateOfBirth',
  'preferredLanguage',
  'nativeName',
  'preferredName',
  'familyName',
  'middleName',
  'givenName',
  'title',
];

const EVERY_FIELD = {
  title: 'Dr',
  givenName: 'Field',
  middleName: 'List',
  familyName: 'Derived',
  preferredName: 'Fi',
  nativeName: '菲尔德',
  preferredLanguage: 'en-GB',
  dateOfBirth: '1980-05-05',
  department: 'Fields',
  emails: [{ address: 'field@example.com' }],
  phones: [{ number: '+46701234567' }],
  addresses: [{ lines: ['1 Field Road'], city: 'Lund', countryCode: 'SE' }],
  emergencyContacts: [{ name: 'Kin', phone: '+46701234568' }],
  passports: [{ number: 'P1234567', issuingCountry: 'SE', expiryDate: '2031-01-01' }],
  lawfulBasis: STORAGE_BASIS,
};

describe('the profile’s field lists, derived from the entity', () => {
  let graph: TestSubgraph;
  let id: string;
  beforeAll(async () => {
    graph = await startProfilesSubgraph();
    const created = await graph.run(SUPERVISOR, `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`, { input: EVERY_FIELD });
    expect(created.errors).toBeUndefined();
    id = created.data!.createProfile.id;
  });
  afterAll(() => graph.stop());

  it('exports the same columns in the same order, leaving out what the role may not read', async () => {
    const EXPORT = `query($format: ProfileExportFormat!) { exportProfiles(filter: { department: "Fields" }, format: $format) { fields content } }`;
    const csv = (await graph.run(SUPERVISOR, EXPORT, { format: 'CSV' })).data!.exportProfiles;
    expect(csv.fields).toEqual(EXPORT_COLUMNS);
    expect(csv.content.split('\r\n')[0]).toBe(EXPORT_COLUMNS.join(','));
    expect(csv.content.split('\r\n')[1]).toMatch(
      new RegExp(
        `^${id},Dr,Field,List,Derived,Fi,1980-05-05,field@example.com,\\+46701234567,"1 Field Road, Lund, SE",Fields,菲尔德,en-GB,ACTIVE,•••567 SE 2031-01-01,\\d{4}-\\d\\d-\\d\\dT[^,]+Z,\\d{4}-`,
      ),
    );
    const json = (await graph.run(MARKETING, EXPORT, { format: 'JSON' })).data!.exportProfiles;
    const withoutDateOfBirth = EXPORT_COLUMNS.filter((column) => column !== 'dateOfBirth');
    expect(json.fields).toEqual(withoutDateOfBirth);
    expect(Object.keys(JSON.parse(json.content)[0])).toEqual(withoutDateOfBirth);
  });

  it('offers the same import columns and requires the same ones', async () => {
    const columns = await graph.run(SUPERVISOR, `{ profileImportColumns }`);
    expect(columns.data!.profileImportColumns).toEqual(IMPORT_COLUMNS);
    const started = await graph.run(SUPERVISOR, `mutation($input: StartProfileImportInput!) { startProfileImport(input: $input) { id } }`, {
      input: { dryRun: true, columns: ['title', 'nativeName'], lawfulBasis: STORAGE_BASIS },
    });
    const violations = started.errors?.[0].extensions?.violations as { field: string; rule: string; message: string }[];
    expect(violations.filter((violation) => violation.field.startsWith('input.columns'))).toEqual([
      expect.objectContaining({ field: 'input.columns.1', rule: 'isImportColumn' }),
      { field: 'input.columns', rule: 'requiredColumn', message: 'must include givenName' },
      { field: 'input.columns', rule: 'requiredColumn', message: 'must include familyName' },
    ]);
  });

  it('offers the same merge choices, described as before', async () => {
    const type = await graph.run(SUPERVISOR, `{ __type(name: "MergeableProfileField") { enumValues { name description } } }`);
    expect(type.data!.__type.enumValues).toEqual(MERGE_CHOICES);
  });

  it('records the same fields in history when a profile is created', async () => {
    const history = await graph.run(SUPERVISOR, `query($id: ID!) { profile(id: $id) { history { items { subjectType field } } } }`, { id });
    const fields = history
      .data!.profile.history.items.filter((item: { subjectType: string }) => item.subjectType === 'Profile')
      .map((item: { field: string }) => item.field);
    expect(fields.sort()).toEqual([...CREATE_HISTORY].sort());
  });
});
