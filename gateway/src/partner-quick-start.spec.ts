import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildSchema, parse, validate } from 'graphql';
import { ROLE_SCOPES } from '@wayfarer/registry';
import { TestGraph } from './testing';

const ROOT = join(__dirname, '../..');
const GUIDE = readFileSync(join(ROOT, 'docs/partner-quick-start.md'), 'utf8');
const LAWFUL_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' };

/** The guide's code blocks of one language, in order. */
const blocks = (language: string) => [...GUIDE.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]);
/** The guide's GraphQL operation of that name. */
const operation = (name: string) => {
  const found = blocks('graphql').find((block) => new RegExp(`^(query|mutation) ${name}\\b`).test(block));
  if (!found) throw new Error(`docs/partner-quick-start.md has no operation ${name}`);
  return found;
};

describe('the partner quick start (docs/partner-quick-start.md), run as written', () => {
  let graph: TestGraph;
  let admin: string;
  let apiKey: string;
  let accountId: string;
  const travellers: { id: string; version: number }[] = [];

  const ok = async (query: string, variables: Record<string, unknown>, options: { token?: string; apiKey?: string }) => {
    const { body } = await graph.request(query, variables, options);
    expect(body.errors).toBeUndefined();
    return body.data as Record<string, any>;
  };

  beforeAll(async () => {
    graph = await TestGraph.start();
    admin = await graph.sessionToken({ roles: ['admin'], scopes: [...ROLE_SCOPES.admin] });
    const account = async (legalName: string) =>
      (await ok('mutation($input: CreateCorporateAccountInput!) { createCorporateAccount(input: $input) { id } }', { input: { legalName } }, { token: admin }))
        .createCorporateAccount.id as string;
    accountId = await account('Acme Travel Co');
    await account('Globex');
    for (const familyName of ['Alpha', 'Bravo', 'Charlie']) {
      const { createProfile } = await ok(
        'mutation($input: CreateProfileInput!) { createProfile(input: $input) { id version } }',
        {
          input: {
            givenName: 'Pat',
            familyName,
            lawfulBasis: LAWFUL_BASIS,
            passports: [{ number: `P${familyName.length}0000${travellers.length}`, issuingCountry: 'GB', expiryDate: '2031-01-01' }],
          },
        },
        { token: admin },
      );
      travellers.push(createProfile);
      await ok(
        'mutation($input: LinkTravellerInput!) { linkTraveller(input: $input) { id } }',
        { input: { profileId: createProfile.id, accountId, validFrom: '2026-01-01', employeeId: `E${travellers.length}` } },
        { token: admin },
      );
    }
    await graph.subgraphs.corporate.outbox!.relay();
    const { createPartnerClient } = await ok(
      operation('CreatePartnerClient'),
      { input: { name: 'Acme HR', scopes: ['profiles:read', 'profiles:write', 'corporate:read'], accountIds: [accountId] } },
      { token: admin },
    );
    expect(createPartnerClient.partnerClient).toMatchObject({ name: 'Acme HR', accountIds: [accountId] });
    apiKey = createPartnerClient.apiKey;
  }, 120_000);
  afterAll(() => graph?.stop());

  it('gives operations that fit the published API schema', () => {
    const schema = buildSchema(readFileSync(join(ROOT, 'admin/src/graphql/api-schema.graphql'), 'utf8'));
    for (const block of blocks('graphql')) expect(validate(schema, parse(block)).map((error) => error.message)).toEqual([]);
  });

  it('answers the curl example with the partner’s own accounts only', async () => {
    const [curl] = blocks('sh');
    const { stdout } = await promisify(execFile)('bash', ['-c', curl], { env: { ...process.env, WAYFARER_URL: graph.origin, WAYFARER_API_KEY: apiKey } });
    expect(JSON.parse(stdout)).toEqual({ data: { corporateAccounts: { total: 1, items: [{ id: accountId, legalName: 'Acme Travel Co' }] } } });
  });

  it('lists an account’s travellers and walks the travellers by cursor', async () => {
    const { corporateAccount } = await ok(operation('AccountTravellers'), { accountId, page: { limit: 10 } }, { apiKey });
    expect(corporateAccount.travellers.total).toBe(3);
    expect(corporateAccount.travellers.items.map((item: { profile: { familyName: string } }) => item.profile.familyName).sort()).toEqual([
      'Alpha',
      'Bravo',
      'Charlie',
    ]);

    const first = (await ok(operation('Travellers'), {}, { apiKey })).profiles;
    expect(first).toMatchObject({ total: 3, totalIsExact: true, items: [{ familyName: 'Alpha' }, { familyName: 'Bravo' }] });
    const second = (await ok(operation('Travellers'), { after: first.nextCursor }, { apiKey })).profiles;
    expect(second).toMatchObject({ items: [{ familyName: 'Charlie' }], nextCursor: null });
  });

  it('answers a forbidden field as null with FORBIDDEN at its path, and the rest of the profile', async () => {
    const { body } = await graph.request(operation('TravellerPassports'), { id: travellers[0].id }, { apiKey });
    expect(body.data).toEqual({ profile: { familyName: 'Alpha', passports: [{ issuingCountry: 'GB', number: null }] } });
    expect(body.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([['FORBIDDEN', ['profile', 'passports', 0, 'number']]]);
  });

  it('takes an update on the version read and refuses it on a stale one with CONFLICT', async () => {
    const [alpha] = travellers;
    const { updateProfile } = await ok(operation('RenameTraveller'), { id: alpha.id, version: alpha.version }, { apiKey });
    expect(updateProfile.version).toBeGreaterThan(alpha.version);
    const { body } = await graph.request(operation('RenameTraveller'), { id: alpha.id, version: alpha.version }, { apiKey });
    expect(body.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('posts a booking’s points once per booking reference, reads the member’s status, and reverses the earn once', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { loyaltyScheme } = await ok('{ loyaltyScheme { version } }', {}, { token: admin });
    await ok(
      'mutation($input: ReviseLoyaltySchemeInput!) { reviseLoyaltyScheme(input: $input) { version } }',
      {
        input: {
          expectedVersion: loyaltyScheme.version,
          effectiveFrom: today,
          rules: {
            earningRules: [{ productType: 'FLIGHT', currency: 'EUR', pointsPerUnit: 1 }],
            bonusRules: [],
            tiers: [
              { code: 'BLUE', name: 'Blue', qualifyingPoints: 0, retentionPoints: 0 },
              { code: 'SILVER', name: 'Silver', qualifyingPoints: 1000, retentionPoints: 800 },
            ],
            gracePeriodDays: 30,
            expiryMonths: 24,
            termsVersion: 'scheme-2026',
          },
        },
      },
      { token: admin },
    );
    const [alpha, bravo] = travellers;
    const { profile } = await ok('query($id: ID!) { profile(id: $id) { version } }', { id: alpha.id }, { token: admin });
    await ok(
      'mutation($id: ID!, $input: RecordConsentInput!) { recordConsent(profileId: $id, input: $input) { id } }',
      {
        id: alpha.id,
        input: { expectedVersion: profile.version, purpose: 'LOYALTY_SCHEME', legalBasis: 'CONSENT', noticeVersion: 'scheme-2026', channel: 'WEB' },
      },
      { token: admin },
    );
    await ok('mutation($input: EnrolLoyaltyMemberInput!) { enrolLoyaltyMember(input: $input) { id } }', { input: { profileId: alpha.id } }, { token: admin });
    const { createPartnerClient } = await ok(
      operation('CreatePartnerClient'),
      { input: { name: 'Acme Bookings', scopes: ['loyalty:read', 'loyalty:earn'], accountIds: [accountId] } },
      { token: admin },
    );
    const bookingEngine = { apiKey: createPartnerClient.apiKey as string };
    const booking = {
      profileId: alpha.id,
      bookingReference: 'ABC123',
      productType: 'FLIGHT',
      amount: 420.5,
      currency: 'EUR',
      bookedOn: today,
      travelDate: '2099-01-15',
    };

    const earned = (await ok(operation('EarnForBooking'), { input: booking }, bookingEngine)).earnLoyaltyPoints;
    expect(earned).toMatchObject({ kind: 'EARN', points: 420, travelDate: '2099-01-15' });
    expect((await ok(operation('EarnForBooking'), { input: booking }, bookingEngine)).earnLoyaltyPoints.id).toBe(earned.id);
    expect((await ok(operation('MemberStatus'), { profileId: alpha.id }, bookingEngine)).loyaltyMembers.items).toEqual([
      expect.objectContaining({ availablePoints: 0, pendingPoints: 420, tier: { name: 'Blue' }, nextTier: { name: 'Silver' }, pointsToNextTier: 1000 }),
    ]);
    const notMember = await graph.request(
      operation('EarnForBooking'),
      { input: { ...booking, profileId: bravo.id, bookingReference: 'DEF456' } },
      bookingEngine,
    );
    expect(notMember.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    expect((await ok(operation('CancelBooking'), { entryId: earned.id }, bookingEngine)).reverseLoyaltyEntry).toMatchObject({ kind: 'REVERSE', points: -420 });
    const again = await graph.request(operation('CancelBooking'), { entryId: earned.id }, bookingEngine);
    expect(again.body.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('refuses an unknown key with UNAUTHENTICATED and HTTP 401', async () => {
    const { status, body } = await graph.request('{ corporateAccounts { total } }', {}, { apiKey: 'not-a-key' });
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
