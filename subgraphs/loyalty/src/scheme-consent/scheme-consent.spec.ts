import { TestGraph } from '@wayfarer/gateway/testing';
import { createGatewayCall, uuid7 } from '@wayfarer/kit';
import { everyDatabase, removeEmbeddedData } from '@wayfarer/kit/testing';
import { SchemeConsentService } from './scheme-consent.service';

const STAFF_SCOPES = ['profiles:read', 'profiles:write', 'loyalty:read', 'loyalty:write', 'data-subject:erase'];
const LAWFUL_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' };
const SCHEME_TERMS = { purpose: 'LOYALTY_SCHEME', legalBasis: 'CONSENT', noticeVersion: 'scheme-2026', channel: 'WEB' };
const STATES = 'query($ids: [ID!]!) { loyaltySchemeConsents(profileIds: $ids) { profileId inForce } }';
const RECORD_CONSENT =
  'mutation($id: ID!, $input: RecordConsentInput!) { recordConsent(profileId: $id, input: $input) { version consents { id purpose active } } }';
const WITHDRAW_CONSENT = 'mutation($id: ID!, $input: WithdrawConsentInput!) { withdrawConsent(profileId: $id, input: $input) { version } }';

describe.each(everyDatabase())('consent to the loyalty scheme’s terms, between profiles and loyalty, on %s', (_database, environment) => {
  let graph: TestGraph;
  let token: string;
  let schemeConsent: SchemeConsentService;
  const asService = (service: string) =>
    createGatewayCall({ gatewayUrl: graph.url, service, serviceSecret: graph.subgraphs[service].config.SERVICE_TOKEN_SECRET });

  const ok = async (query: string, variables: Record<string, unknown>) => {
    const result = await graph.request(query, variables, { token });
    expect(result.body.errors).toBeUndefined();
    return result.body.data as Record<string, any>;
  };
  const createTraveller = async (familyName: string): Promise<{ id: string; version: number }> =>
    (
      await ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id version } }', {
        input: { givenName: 'Lou', familyName, lawfulBasis: LAWFUL_BASIS },
      })
    ).createProfile;
  const recordSchemeTerms = async (traveller: { id: string; version: number }, granted: boolean) => {
    const { recordConsent } = await ok(RECORD_CONSENT, { id: traveller.id, input: { expectedVersion: traveller.version, granted, ...SCHEME_TERMS } });
    traveller.version = recordConsent.version;
    return recordConsent.consents.find((consent: { purpose: string; active: boolean }) => consent.purpose === 'LOYALTY_SCHEME' && consent.active)?.id as string;
  };
  const reports = (profileId: string) =>
    graph.subgraphs.profiles.dataSource.query("SELECT status FROM outbox WHERE topic = 'loyalty-scheme-consent' AND subject_id = ?", [profileId]);

  beforeAll(async () => {
    graph = await TestGraph.start({ subgraphEnv: environment });
    token = await graph.sessionToken({ roles: ['admin'], scopes: STAFF_SCOPES });
    schemeConsent = new SchemeConsentService(graph.subgraphs.loyalty.dataSource, asService('loyalty'));
  }, 120_000);
  afterAll(async () => {
    await graph?.stop();
    removeEmbeddedData(environment);
  });

  it('answers loyalty whether each traveller’s consent is in force, and nobody without the service scope', async () => {
    const granted = await createTraveller('Granted');
    const refused = await createTraveller('Refused');
    await recordSchemeTerms(granted, true);
    await recordSchemeTerms(refused, false);
    const unknown = uuid7();

    const answer = await asService('loyalty')(STATES, { ids: [refused.id, granted.id, unknown] });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      loyaltySchemeConsents: [
        { profileId: refused.id, inForce: false },
        { profileId: granted.id, inForce: true },
        { profileId: unknown, inForce: false },
      ],
    });
    expect((await graph.request(STATES, { ids: [granted.id] }, { token })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await asService('corporate')(STATES, { ids: [granted.id] })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    expect(await schemeConsent.inForce(granted.id)).toBe(true);
    expect(await schemeConsent.inForce(refused.id)).toBe(false);
    expect(await schemeConsent.inForce(unknown)).toBe(false);
  });

  it('refuses scheme terms on a basis other than consent, writing nothing', async () => {
    const traveller = await createTraveller('Contract');
    const result = await graph.request(
      RECORD_CONSENT,
      { id: traveller.id, input: { expectedVersion: traveller.version, granted: true, ...SCHEME_TERMS, legalBasis: 'CONTRACT' } },
      { token },
    );
    expect(result.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'input.legalBasis', rule: 'schemeBasis' }] });
    expect(await schemeConsent.inForce(traveller.id)).toBe(false);
    expect(await reports(traveller.id)).toEqual([]);
  });

  it('tells loyalty of every scheme-terms record, a withdrawal included, through the outbox', async () => {
    const traveller = await createTraveller('Withdrawing');
    const consentId = await recordSchemeTerms(traveller, true);
    await graph.subgraphs.profiles.outbox!.relay();
    expect(await reports(traveller.id)).toEqual([{ status: 'SENT' }]);

    await ok(WITHDRAW_CONSENT, { id: traveller.id, input: { expectedVersion: traveller.version, consentId } });
    expect(await schemeConsent.inForce(traveller.id)).toBe(false);
    // Delivered means loyalty's recordLoyaltySchemeConsent took the report without an error, as profiles' service.
    await graph.subgraphs.profiles.outbox!.relay();
    expect(await reports(traveller.id)).toEqual([{ status: 'SENT' }, { status: 'SENT' }]);
  });

  it('tells loyalty when erasing a traveller ends their scheme consent, and not for a traveller who never gave it', async () => {
    const member = await createTraveller('Erased');
    await recordSchemeTerms(member, true);
    const stranger = await createTraveller('Stranger');
    await graph.subgraphs.profiles.outbox!.relay();
    for (const { id } of [member, stranger]) await ok('mutation($id: ID!) { profilesDataSubjectErase(subjectId: $id) { outcome } }', { id });
    expect(await schemeConsent.inForce(member.id)).toBe(false);
    await graph.subgraphs.profiles.outbox!.relay();
    expect(await reports(member.id)).toEqual([{ status: 'SENT' }, { status: 'SENT' }]);
    expect(await reports(stranger.id)).toEqual([]);
  });

  it('takes reports only from a service with the scope', async () => {
    const states = [{ profileId: uuid7(), inForce: false }];
    const mutation = 'mutation($states: [SchemeConsentStateInput!]!) { recordLoyaltySchemeConsent(states: $states) }';
    expect((await graph.request(mutation, { states }, { token })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await asService('corporate')(mutation, { states })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await asService('profiles')(mutation, { states })).toMatchObject({ data: { recordLoyaltySchemeConsent: 1 } });
  });

  it('calls every withdrawal listener in one transaction with the travellers whose consent is not in force, and a listener’s failure fails the report', async () => {
    const service = new SchemeConsentService(graph.subgraphs.loyalty.dataSource, asService('loyalty'));
    const heard: { profileIds: string[]; inTransaction: boolean }[][] = [[], []];
    for (const calls of heard)
      service.onWithdrawn(async (manager, profileIds) => void calls.push({ profileIds, inTransaction: !!manager.queryRunner?.isTransactionActive }));
    const [kept, withdrawn] = [uuid7(), uuid7()];

    expect(await service.record([{ profileId: kept, inForce: true }])).toBe(0);
    expect(heard).toEqual([[], []]);
    expect(
      await service.record([
        { profileId: kept, inForce: true },
        { profileId: withdrawn, inForce: false },
      ]),
    ).toBe(1);
    expect(heard).toEqual([[{ profileIds: [withdrawn], inTransaction: true }], [{ profileIds: [withdrawn], inTransaction: true }]]);

    service.onWithdrawn(async () => {
      throw new Error('membership could not be closed');
    });
    await expect(service.record([{ profileId: withdrawn, inForce: false }])).rejects.toThrow('membership could not be closed');
  });
});
