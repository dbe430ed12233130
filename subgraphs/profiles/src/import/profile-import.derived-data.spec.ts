import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { startProfilesSubgraph, STORAGE_BASIS } from '../testing/profiles-test-subgraph';
import { IMPORT_OPERATION } from './profile-import.service';

const SUPERVISOR = staff(
  ['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.documents:read', 'profiles.documents:write', 'profiles:import'],
  ['supervisor'],
  '0190f0b2-0000-7000-8000-0000000000b1',
);

const COLUMNS = [
  'title',
  'givenName',
  'middleName',
  'familyName',
  'dateOfBirth',
  'department',
  'email',
  'phone',
  'addressLine1',
  'city',
  'postalCode',
  'countryCode',
  'passportNumber',
  'passportIssuingCountry',
  'passportNationality',
  'passportIssueDate',
  'passportExpiryDate',
] as const;
type Traveller = Partial<Record<(typeof COLUMNS)[number], string>>;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
/** A date `years` and `days` from today (negative: past). */
function fromToday(years: number, days = 0): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + years);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDate(date);
}

/**
 * Between them: every kind of segment an import can give (regions, age bands that end on a
 * birthday and the open-ended one, business context from a department), every reminder kind
 * (passports expiring soon and later, each gap of an incomplete profile), every match key kind,
 * folded and native-script names, and a place with no region.
 */
const TRAVELLERS: Traveller[] = [
  {
    title: 'Dr',
    givenName: 'Ada',
    middleName: 'Augusta',
    familyName: 'Lovelace',
    dateOfBirth: fromToday(-40, 20),
    department: 'Engineering',
    email: 'Ada.Lovelace@Example.com',
    phone: '+447700900001',
    addressLine1: '12 St James Sq',
    city: 'London',
    postalCode: 'SW1Y 4JH',
    countryCode: 'gb',
    passportNumber: 'X1234567',
    passportIssuingCountry: 'GB',
    passportNationality: 'GB',
    passportIssueDate: '2021-01-01',
    passportExpiryDate: fromToday(0, 90),
  },
  {
    givenName: 'Björn',
    familyName: 'Núñez',
    dateOfBirth: fromToday(-16, 5),
    phone: '+81312345678',
    addressLine1: '1-1 Chiyoda',
    city: 'Tokyo',
    countryCode: 'JP',
  },
  {
    givenName: '小明',
    familyName: '王',
    dateOfBirth: fromToday(-70),
    email: 'xiaoming@example.cn',
    passportNumber: 'E12345678',
    passportIssuingCountry: 'CN',
    passportExpiryDate: fromToday(5),
  },
  { givenName: 'Solo', familyName: 'Minimal' },
  { givenName: 'Polar', familyName: 'Station', department: 'Research', email: 'polar@example.org', addressLine1: 'Base 1', city: 'McMurdo', countryCode: 'AQ' },
];

const csvOf = (travellers: Traveller[]) => travellers.map((traveller) => COLUMNS.map((column) => traveller[column] ?? '').join(',')).join('\n');

/** What createProfile receives for the same traveller as the import's row. */
const createInput = (row: Traveller) => ({
  title: row.title,
  givenName: row.givenName,
  middleName: row.middleName,
  familyName: row.familyName,
  dateOfBirth: row.dateOfBirth,
  department: row.department,
  emails: row.email ? [{ address: row.email, type: 'PERSONAL', isDefault: true }] : undefined,
  phones: row.phone ? [{ number: row.phone, type: 'PERSONAL', isDefault: true }] : undefined,
  addresses: row.countryCode
    ? [{ type: 'HOME', isDefault: true, lines: [row.addressLine1], city: row.city, postalCode: row.postalCode, countryCode: row.countryCode.toUpperCase() }]
    : undefined,
  passports: row.passportNumber
    ? [
        {
          number: row.passportNumber,
          issuingCountry: row.passportIssuingCountry,
          nationality: row.passportNationality,
          issueDate: row.passportIssueDate,
          expiryDate: row.passportExpiryDate,
        },
      ]
    : undefined,
  lawfulBasis: STORAGE_BASIS,
});

const START = `mutation($input: StartProfileImportInput!) { startProfileImport(input: $input) { id } }`;
const APPEND = `mutation($id: ID!, $input: AppendProfileImportRowsInput!) { appendProfileImportRows(id: $id, input: $input) { chunks rowsSeen rowsImported rowsRejected } }`;
const REJECTIONS = `query($id: ID!) { profileImport(id: $id) { chunks rowsImported rowsRejected rejections { items { line field rule } } } }`;
const CREATE = `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`;

/** Each traveller's segments, reminders, match keys and phone index rows written by `operation`, with their own ids taken out. */
async function derivedRows(graph: TestSubgraph, operation: string) {
  const query = (sql: string, params: unknown[]) => graph.running.dataSource.query(sql, params);
  const profiles: { id: string; given_name: string }[] = await query(
    'SELECT p.id, p.given_name FROM profiles p WHERE EXISTS (SELECT 1 FROM profile_changes c WHERE c.profile_id = p.id AND c.operation = ?) ORDER BY p.given_name',
    [operation],
  );
  return Promise.all(
    profiles.map(async ({ id, given_name }) => {
      const passportIds: string[] = (await query('SELECT id FROM passports WHERE profile_id = ?', [id])).map((row: { id: string }) => row.id);
      const anonymous = (value: string | null) =>
        passportIds.reduce((text, passportId) => text?.replace(passportId, '<passport>') ?? null, value?.replace(id, '<profile>') ?? null);
      const reminders: Record<string, string | null>[] = await query(
        'SELECT id, kind, due_on, subject_id, detail FROM profile_reminders WHERE profile_id = ? ORDER BY id',
        [id],
      );
      return {
        traveller: given_name,
        segments: await query('SELECT segment, valid_until FROM profile_segments WHERE profile_id = ? ORDER BY segment', [id]),
        reminders: reminders
          .map((row): Record<string, string | null> => ({ ...row, id: anonymous(row.id), subject_id: anonymous(row.subject_id) }))
          .sort((a, b) => String(a.id).localeCompare(String(b.id))),
        matchKeys: await query('SELECT kind, `key` FROM profile_match_keys WHERE profile_id = ? ORDER BY kind, `key`', [id]),
        phones: await query('SELECT number FROM profile_phones WHERE profile_id = ? ORDER BY number', [id]),
      };
    }),
  );
}

describe.each([
  ['MariaDB', {}],
  ['SQLite', { DATABASE_URL: '' }],
])('CSV import derived data on %s', (_database, env: Record<string, string>) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wf-import-'));
  let graph: TestSubgraph;

  beforeAll(async () => {
    graph = await startProfilesSubgraph({ DATA_DIR: dataDir, ...env });
  });
  afterAll(async () => {
    await graph?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores chunks sent at once, each rejected row on its line, with the derived rows creating each profile writes', async () => {
    const { id } = (await graph.run(SUPERVISOR, START, { input: { dryRun: false, columns: COLUMNS, lawfulBasis: STORAGE_BASIS } })).data!.startProfileImport;
    const first = csvOf(TRAVELLERS.slice(0, 3));
    const second = [csvOf([{ givenName: 'Bad', familyName: 'Date', dateOfBirth: '1990-02-30' }]), csvOf(TRAVELLERS.slice(3))].join('\n');
    const answers = await Promise.all([
      graph.run(SUPERVISOR, APPEND, { id, input: { sequence: 0, csv: first } }),
      graph.run(SUPERVISOR, APPEND, { id, input: { sequence: 1, csv: second } }),
    ]);
    expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined]);
    expect(answers.map((answer) => answer.data!.appendProfileImportRows.chunks)).toEqual([1, 2]);
    const job = (await graph.run(SUPERVISOR, REJECTIONS, { id })).data!.profileImport;
    expect(job).toEqual({
      chunks: 2,
      rowsImported: TRAVELLERS.length,
      rowsRejected: 1,
      rejections: { items: [{ line: 5, field: 'dateOfBirth', rule: 'isDate' }] },
    });

    for (const traveller of TRAVELLERS) {
      const created = await graph.run(SUPERVISOR, CREATE, { input: createInput(traveller) });
      expect(created.errors).toBeUndefined();
    }
    const imported = await derivedRows(graph, IMPORT_OPERATION);
    const created = await derivedRows(graph, 'createProfile');
    expect(imported).toHaveLength(TRAVELLERS.length);
    expect(imported).toEqual(created);

    const everything = imported.flatMap((traveller) => [
      ...traveller.segments.map((row: { segment: string }) => row.segment.replace(/:.*/, ':')),
      ...traveller.reminders.map((row) => `${row.kind}:${row.detail ?? ''}`),
      ...traveller.matchKeys.map((row: { kind: string }) => row.kind),
    ]);
    expect(new Set(everything)).toEqual(
      new Set([
        'region:',
        'age:',
        'context:',
        'VERIFICATION_DUE:',
        'PASSPORT_EXPIRING:passports',
        'INCOMPLETE:EMAIL',
        'INCOMPLETE:PHONE',
        'INCOMPLETE:DATE_OF_BIRTH',
        'INCOMPLETE:PASSPORT',
        'INCOMPLETE:DEFAULT_ADDRESS',
        'KEYED',
        'NAME_DOB',
        'EMAIL',
        'PHONE',
        'DOCUMENT',
      ]),
    );
  });
});
