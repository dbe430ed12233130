import type { DuplicateSideFragment } from '../../graphql/generated';
import type { Scope } from '../../auth/scopes';
import { defaultChoices, MERGE_ROWS, mergeRowsFor, toFieldChoices } from './duplicateChoices';

const translate = (key: string) => key;

const side = (overrides: Partial<DuplicateSideFragment>): DuplicateSideFragment => ({
  id: 'p',
  title: null,
  givenName: 'Inès',
  middleName: null,
  familyName: 'Duval',
  preferredName: null,
  nativeName: null,
  preferredLanguage: null,
  fullName: 'Inès Duval',
  department: null,
  nationalities: [],
  vip: false,
  vipNote: null,
  specialNeeds: false,
  tags: [],
  status: 'ACTIVE',
  version: 1,
  emails: [],
  phones: [],
  addresses: [],
  emergencyContacts: [],
  passports: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

const SUPERVISOR: Scope[] = [
  'profiles:read',
  'profiles:write',
  'profiles.personal:read',
  'profiles.documents:write',
  'profiles.special:read',
  'profiles.special:write',
  'profiles:merge',
];
const can = (scopes: Scope[]) => (scope: Scope) => scopes.includes(scope);

describe('merge choices', () => {
  it('derives the same rows, labels and rules from the schema as when they were listed by hand', () => {
    expect(MERGE_ROWS.map(({ field, label, needs, list, bothByDefault }) => [field, label, needs, list, bothByDefault])).toEqual([
      ['TITLE', 'resources.profiles.fields.title', undefined, undefined, undefined],
      ['GIVEN_NAME', 'resources.profiles.fields.givenName', undefined, undefined, undefined],
      ['MIDDLE_NAME', 'resources.profiles.fields.middleName', undefined, undefined, undefined],
      ['FAMILY_NAME', 'resources.profiles.fields.familyName', undefined, undefined, undefined],
      ['PREFERRED_NAME', 'resources.profiles.fields.preferredName', undefined, undefined, undefined],
      ['NATIVE_NAME', 'resources.profiles.fields.nativeName', undefined, undefined, undefined],
      ['PREFERRED_LANGUAGE', 'resources.profiles.fields.preferredLanguage', undefined, undefined, undefined],
      ['DATE_OF_BIRTH', 'resources.profiles.fields.dateOfBirth', ['profiles.personal:read'], undefined, undefined],
      ['EMAILS', 'resources.profiles.fields.emails', undefined, true, undefined],
      ['PHONES', 'resources.profiles.fields.phones', undefined, true, undefined],
      ['ADDRESSES', 'resources.profiles.fields.addresses', undefined, true, undefined],
      ['DEPARTMENT', 'resources.profiles.fields.department', undefined, undefined, undefined],
      ['EMERGENCY_CONTACTS', 'resources.profiles.fields.emergencyContacts', undefined, true, undefined],
      ['NATIONALITIES', 'resources.profileDocuments.sections.nationalities', ['profiles.documents:write'], true, undefined],
      ['VIP', 'resources.profileUpkeep.fields.vip', undefined, undefined, undefined],
      ['SPECIAL_NEEDS', 'resources.profileUpkeep.fields.specialNeeds', ['profiles.special:read', 'profiles.special:write'], undefined, undefined],
      ['TAGS', 'resources.profileUpkeep.fields.tags', undefined, true, true],
    ]);
    const profile = side({ title: 'Dr', preferredLanguage: 'fr', department: null });
    expect(MERGE_ROWS.filter((row) => ['TITLE', 'PREFERRED_LANGUAGE', 'DEPARTMENT'].includes(row.field)).map((row) => row.show(profile, translate))).toEqual([
      'Dr',
      'fr',
      '',
    ]);
  });

  it('offers every profile field to a role that may read and take them all', () => {
    expect(mergeRowsFor(can(SUPERVISOR)).map((row) => row.field)).toEqual(MERGE_ROWS.map((row) => row.field));
    expect(MERGE_ROWS.map((row) => row.field)).toEqual(
      expect.arrayContaining(['NATIVE_NAME', 'PREFERRED_LANGUAGE', 'EMERGENCY_CONTACTS', 'NATIONALITIES', 'VIP', 'SPECIAL_NEEDS', 'TAGS', 'DEPARTMENT']),
    );
  });

  it('leaves out what the role may not read or take: date of birth, nationalities, special needs', () => {
    const fields = mergeRowsFor(can(['profiles:read', 'profiles:merge'])).map((row) => row.field);
    expect(fields).not.toContain('DATE_OF_BIRTH');
    expect(fields).not.toContain('NATIONALITIES');
    expect(fields).not.toContain('SPECIAL_NEEDS');
    expect(fields).toEqual(expect.arrayContaining(['VIP', 'TAGS', 'EMAILS']));
    expect(mergeRowsFor(can(SUPERVISOR.filter((scope) => scope !== 'profiles.special:write'))).map((row) => row.field)).not.toContain('SPECIAL_NEEDS');
  });

  it('keeps the survivor’s values unless only the other traveller has one, and both travellers’ tags', () => {
    const rows = mergeRowsFor(can(SUPERVISOR));
    const profiles = {
      left: side({ tags: ['Golf'], nationalities: ['GB'], emails: [{ address: 'a@example.com', type: 'PERSONAL', isDefault: true }] }),
      right: side({ tags: ['Wine club'], nationalities: ['FR'], vip: true, vipNote: 'Board member', specialNeeds: true, department: 'Sales' }),
    };
    const choices = defaultChoices(rows, profiles, 'left', translate);
    expect(choices).toMatchObject({
      TAGS: 'both',
      NATIONALITIES: 'left',
      EMAILS: 'left',
      VIP: 'right',
      SPECIAL_NEEDS: 'right',
      DEPARTMENT: 'right',
      GIVEN_NAME: 'left',
    });
    expect(defaultChoices(rows, { ...profiles, right: side({}) }, 'left', translate).TAGS).toBe('left');
  });

  it('sends each choice relative to the survivor, BOTH for lists kept from both', () => {
    const rows = MERGE_ROWS.filter((row) => ['TAGS', 'VIP', 'EMAILS'].includes(row.field));
    expect(toFieldChoices(rows, { EMAILS: 'right', VIP: 'left', TAGS: 'both' }, 'right')).toEqual([
      { field: 'EMAILS', from: 'SURVIVOR' },
      { field: 'VIP', from: 'MERGED' },
      { field: 'TAGS', from: 'BOTH' },
    ]);
  });

  it('offers both only for lists', () => {
    expect(
      MERGE_ROWS.filter((row) => row.list)
        .map((row) => row.field)
        .sort(),
    ).toEqual(['ADDRESSES', 'EMAILS', 'EMERGENCY_CONTACTS', 'NATIONALITIES', 'PHONES', 'TAGS']);
  });
});
