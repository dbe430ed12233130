import { everyDatabase, removeEmbeddedData, staff, TestSubgraph } from '@wayfarer/kit/testing';
import { startProfilesSubgraph, STORAGE_BASIS } from '../testing/profiles-test-subgraph';

const AGENT = staff(['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.documents:read', 'profiles.documents:write'], ['agent']);

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Personal data a write carries, none of which may reach the log. */
const TRAVELLER = {
  givenName: 'Xiomara',
  familyName: 'Quackenbush',
  dateOfBirth: '1971-04-23',
  emails: [{ address: 'xiomara.quackenbush@example.org' }],
  phones: [{ number: '+447700900871' }],
  addresses: [{ lines: ['17 Zanzibar Crescent'], city: 'Llandudno', countryCode: 'GB' }],
  lawfulBasis: STORAGE_BASIS,
};
const PERSONAL_VALUES = ['Xiomara', 'Quackenbush', '1971-04-23', 'xiomara.quackenbush', '+447700900871', '447700900871', 'Zanzibar', 'Llandudno'];

/** Every list-replacing and versioned mutation, as one write based on `expectedVersion`; `n` makes each writer's content its own. */
const WRITES: [string, string, (n: number) => Record<string, unknown>][] = [
  [
    'setVisas',
    'SetVisasInput',
    (n) => ({ visas: [{ number: `V1234567${n}`, country: 'US', entryType: 'MULTIPLE', validFrom: '2025-01-01', validUntil: daysFromToday(400) }] }),
  ],
  ['setVaccinations', 'SetVaccinationsInput', (n) => ({ vaccinations: [{ number: `YF00012${n}`, disease: 'Yellow fever', dateGiven: '2020-03-01' }] })],
  [
    'setTravelInsurance',
    'SetTravelInsuranceInput',
    (n) => ({ travelInsurance: [{ number: `POL99887${n}`, insurer: 'Allianz Travel', coverFrom: '2025-06-01', coverUntil: daysFromToday(200) }] }),
  ],
  [
    'setEntryEndorsements',
    'SetEntryEndorsementsInput',
    (n) => ({ entryEndorsements: [{ country: 'AU', description: `Entry with approval ${n}`, validUntil: daysFromToday(30) }] }),
  ],
  ['setProfileTags', 'SetProfileTagsInput', (n) => ({ tags: [`golfer-${n}`, 'frequent'] })],
  ['setTravelPreferences', 'SetTravelPreferencesInput', (n) => ({ preferences: [{ category: 'ROUTE', value: `Via Amsterdam ${n}` }] })],
  ['setNationalities', 'SetNationalitiesInput', (n) => ({ nationalities: [n % 2 ? 'GB' : 'FR'] })],
  [
    'updateProfile',
    'UpdateProfileInput',
    (n) => ({ givenName: TRAVELLER.givenName, familyName: TRAVELLER.familyName, phones: [{ number: `+44770090087${n}` }] }),
  ],
];

const argumentName = (mutation: string) => (mutation === 'setProfileTags' || mutation === 'updateProfile' ? 'id' : 'profileId');

describe.each(everyDatabase())('concurrent writes on %s', (_database, environment) => {
  let graph: TestSubgraph;
  const logLines: string[] = [];

  beforeAll(async () => {
    graph = await startProfilesSubgraph({ ...environment, LOG_LEVEL: 'info' }, { write: (line: string) => void logLines.push(line) });
  });
  afterAll(async () => {
    await graph.stop();
    removeEmbeddedData(environment);
  });

  const create = async (email: string): Promise<string> => {
    const result = await graph.run(AGENT, `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`, {
      input: { ...TRAVELLER, emails: [{ address: email }] },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.createProfile.id;
  };

  it.each(WRITES)('ten %s calls on the same version: one wins, every other one answers CONFLICT', async (mutation, inputType, input) => {
    const id = await create(`${mutation}@example.org`);
    const document = `mutation($id: ID!, $input: ${inputType}!) { ${mutation}(${argumentName(mutation)}: $id, input: $input) { version } }`;
    const results = await Promise.all(Array.from({ length: 10 }, (_, n) => graph.run(AGENT, document, { id, input: { expectedVersion: 1, ...input(n) } })));
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(9);
    const current = await graph.run(AGENT, `query($id: ID!) { profile(id: $id) { version } }`, { id });
    expect(current.data!.profile.version).toBe(2);
  });

  it('logs a database error without the statement, its values or the values quoted in the message', async () => {
    // A unique index the service does not expect makes the second traveller with this e-mail a database error.
    await graph.running.dataSource.query('CREATE UNIQUE INDEX ux_test_email_key ON profiles (email_key)');
    try {
      await create(TRAVELLER.emails[0].address);
      logLines.length = 0;
      const failed = await graph.run(AGENT, `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`, { input: TRAVELLER });
      expect(failed.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      const log = logLines.join('\n');
      expect(log).toMatch(/unexpected error/);
      expect(log).toMatch(/QueryFailedError/);
      for (const value of PERSONAL_VALUES) expect(log).not.toContain(value);
    } finally {
      const onTable = graph.running.config.DATABASE_URL ? ' ON profiles' : '';
      await graph.running.dataSource.query(`DROP INDEX ux_test_email_key${onTable}`);
    }
  });
});
