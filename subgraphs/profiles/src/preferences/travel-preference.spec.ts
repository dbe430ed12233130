import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { AuditEvent, Principal } from '@wayfarer/kit';
import { recordAccountLinks, startProfilesSubgraph, STORAGE_BASIS } from '../testing/profiles-test-subgraph';

const AGENT = staff(['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.special:read', 'profiles.special:write'], ['agent']);
const MARKETING = staff(['profiles:read'], ['marketing']);
const DPO = staff(['profiles:read', 'profiles.special:read'], ['dpo']);
const ADMIN = staff(['profiles:read', 'access:admin'], ['admin']);
const ACCOUNT = '0190f0b2-0000-7000-8000-00000000acc1';
const PARTNER: Principal = {
  id: 'partner-1',
  kind: 'partner',
  roles: [],
  scopes: ['profiles:read', 'profiles.special:read'],
  accountIds: [ACCOUNT],
  client: 'acme-hr',
};

const PREFERENCE_FIELDS = 'category value stance context notes outsideOffer outsideOfferReason';
const READ = `query($id: ID!) { profile(id: $id) { version travelPreferences { ${PREFERENCE_FIELDS} } specialCategoryPreferences { ${PREFERENCE_FIELDS} } } }`;
const SET = `mutation($id: ID!, $input: SetTravelPreferencesInput!) { setTravelPreferences(profileId: $id, input: $input) { version travelPreferences { ${PREFERENCE_FIELDS} } } }`;
const SET_SPECIAL = `mutation($id: ID!, $input: SetTravelPreferencesInput!) { setSpecialCategoryPreferences(profileId: $id, input: $input) { version specialCategoryPreferences { ${PREFERENCE_FIELDS} } } }`;
const RECORD = `mutation($id: ID!, $input: RecordConsentInput!) { recordConsent(profileId: $id, input: $input) { version marketingChannels consents { id purpose granted legalBasis active recordedBy withdrawnAt } } }`;
const WITHDRAW = `mutation($id: ID!, $input: WithdrawConsentInput!) { withdrawConsent(profileId: $id, input: $input) { version marketingChannels specialCategoryPreferences { value } consents { id purpose active withdrawnAt withdrawnBy } } }`;
const HISTORY = `query($id: ID!) { profile(id: $id) { history(page: { limit: 200 }) { items { operation subjectType field oldValue newValue } } } }`;

const LAWFUL_BASIS = STORAGE_BASIS;
const SPECIAL_CONSENT = { purpose: 'SPECIAL_CATEGORY', legalBasis: 'EXPLICIT_CONSENT', noticeVersion: '2026-01', channel: 'IN_PERSON' };

describe('travel preferences and the offer catalogue', () => {
  let graph: TestSubgraph;

  beforeAll(async () => {
    graph = await startProfilesSubgraph();
    for (const [kind, code, name] of [
      ['AIRLINE', 'BA', 'British Airways'],
      ['AIRLINE', 'LH', 'Lufthansa'],
      ['DEPARTURE_AIRPORT', 'LHR', 'London Heathrow'],
      ['HOTEL_CHAIN', 'HI', 'Holiday Inn'],
    ]) {
      const added = await graph.run(ADMIN, `mutation($input: AddOfferCatalogueEntryInput!) { addOfferCatalogueEntry(input: $input) { id } }`, {
        input: { kind, code, name },
      });
      expect(added.errors).toBeUndefined();
    }
  });
  afterAll(() => graph.stop());

  const create = async (familyName = 'Traveller') => {
    const result = await graph.run(
      AGENT,
      `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id version consents { purpose legalBasis noticeVersion channel recordedBy active } } }`,
      {
        input: { givenName: 'Pat', familyName, lawfulBasis: LAWFUL_BASIS },
      },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createProfile as { id: string; version: number; consents: unknown[] };
  };

  const grantSpecial = async (id: string, expectedVersion: number) => {
    const result = await graph.run(AGENT, RECORD, { id, input: { expectedVersion, ...SPECIAL_CONSENT } });
    expect(result.errors).toBeUndefined();
    return result.data!.recordConsent;
  };

  describe('travel preferences', () => {
    it('replaces the list, normalises codes and flags what is outside the offer in words', async () => {
      const { id } = await create();
      const result = await graph.run(AGENT, SET, {
        id,
        input: {
          expectedVersion: 1,
          preferences: [
            { category: 'SEATING', value: 'aisle', context: 'BUSINESS' },
            { category: 'AIRLINE', value: 'ba', stance: 'PREFERRED' },
            { category: 'AIRLINE', value: 'EK', stance: 'PREFERRED', notes: 'Frequent flyer' },
            { category: 'AIRLINE', value: 'FR', stance: 'AVOIDED' },
            { category: 'DEPARTURE_AIRPORT', value: 'MAN' },
            { category: 'CAR_HIRE', value: 'CDMR' },
            { category: 'ROUTE', value: 'Via Amsterdam rather than Paris', context: 'LEISURE' },
          ],
        },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.setTravelPreferences.version).toBe(2);
      expect(result.data!.setTravelPreferences.travelPreferences).toEqual([
        { category: 'SEATING', value: 'AISLE', stance: 'PREFERRED', context: 'BUSINESS', notes: null, outsideOffer: false, outsideOfferReason: null },
        { category: 'AIRLINE', value: 'BA', stance: 'PREFERRED', context: 'ANY', notes: null, outsideOffer: false, outsideOfferReason: null },
        {
          category: 'AIRLINE',
          value: 'EK',
          stance: 'PREFERRED',
          context: 'ANY',
          notes: 'Frequent flyer',
          outsideOffer: true,
          outsideOfferReason: 'Airline EK is not in our offer',
        },
        { category: 'AIRLINE', value: 'FR', stance: 'AVOIDED', context: 'ANY', notes: null, outsideOffer: false, outsideOfferReason: null },
        {
          category: 'DEPARTURE_AIRPORT',
          value: 'MAN',
          stance: 'PREFERRED',
          context: 'ANY',
          notes: null,
          outsideOffer: true,
          outsideOfferReason: 'We do not sell departures from MAN',
        },
        { category: 'CAR_HIRE', value: 'CDMR', stance: 'PREFERRED', context: 'ANY', notes: null, outsideOffer: false, outsideOfferReason: null },
        {
          category: 'ROUTE',
          value: 'Via Amsterdam rather than Paris',
          stance: 'PREFERRED',
          context: 'LEISURE',
          notes: null,
          outsideOffer: false,
          outsideOfferReason: null,
        },
      ]);
      const history = await graph.run(MARKETING, HISTORY, { id });
      expect(history.data!.profile.history.items).toEqual(
        expect.arrayContaining([{ operation: 'setTravelPreferences', subjectType: 'TravelPreference', field: 'value', oldValue: null, newValue: '"EK"' }]),
      );
    });

    it('names the preference and the rule of every bad code, and writes nothing', async () => {
      const { id } = await create();
      const result = await graph.run(AGENT, SET, {
        id,
        input: {
          expectedVersion: 1,
          preferences: [
            { category: 'DEPARTURE_AIRPORT', value: 'LHR1' },
            { category: 'AIRLINE', value: 'BAW' },
            { category: 'SEATING', value: 'ROOF' },
            { category: 'CAR_HIRE', value: 'QQQQ' },
            { category: 'ROUTE', value: 'x'.repeat(201) },
          ],
        },
      });
      expect(result.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        violations: expect.arrayContaining([
          { field: 'input.preferences.0.value', rule: 'preferenceValue', message: 'must be an IATA airport code of 3 letters, e.g. LHR' },
          { field: 'input.preferences.1.value', rule: 'preferenceValue', message: 'must be an IATA airline code of 2 letters or digits, e.g. BA' },
          expect.objectContaining({ field: 'input.preferences.2.value', rule: 'preferenceValue' }),
          expect.objectContaining({ field: 'input.preferences.3.value', rule: 'preferenceValue' }),
          expect.objectContaining({ field: 'input.preferences.4.value', rule: 'isLength' }),
        ]),
      });
      const duplicate = await graph.run(AGENT, SET, {
        id,
        input: {
          expectedVersion: 1,
          preferences: [
            { category: 'SEATING', value: 'AISLE' },
            { category: 'SEATING', value: 'aisle' },
          ],
        },
      });
      expect(duplicate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'input.preferences.1', rule: 'unique' }] });
      const special = await graph.run(AGENT, SET, { id, input: { expectedVersion: 1, preferences: [{ category: 'MEAL', value: 'VGML' }] } });
      expect(special.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        violations: [{ field: 'input.preferences.0.category', rule: 'isNotSpecialCategory' }],
      });
      const [row] = await graph.running.dataSource.query('SELECT version FROM profiles WHERE id = ?', [id]);
      expect(row.version).toBe(1);
      expect(await graph.running.dataSource.query('SELECT id FROM travel_preferences WHERE profile_id = ?', [id])).toHaveLength(0);
    });

    it('lists the values of each fixed-list category, each of which the API accepts, and refuses others', async () => {
      const lists = await graph.run(MARKETING, '{ preferenceValueLists { category values } }');
      expect(lists.errors).toBeUndefined();
      const byCategory = new Map<string, string[]>(
        lists.data!.preferenceValueLists.map((list: { category: string; values: string[] }) => [list.category, list.values]),
      );
      expect(byCategory.get('SEATING')).toEqual(expect.arrayContaining(['AISLE', 'WINDOW']));
      expect(byCategory.get('MEAL')).toContain('VGML');
      expect(byCategory.has('AIRLINE')).toBe(false);

      const { id } = await create('Listed');
      let version = 1;
      for (const [category, values] of byCategory) {
        if (['MEAL', 'MOBILITY', 'VISUAL_HEARING'].includes(category)) continue;
        const accepted = await graph.run(AGENT, SET, { id, input: { expectedVersion: version, preferences: values.map((value) => ({ category, value })) } });
        expect({ category, errors: accepted.errors }).toEqual({ category, errors: undefined });
        version = accepted.data!.setTravelPreferences.version;
        const refused = await graph.run(AGENT, SET, { id, input: { expectedVersion: version, preferences: [{ category, value: 'NOT_LISTED' }] } });
        expect({ category, code: refused.errors?.[0].extensions?.code }).toEqual({ category, code: 'BAD_USER_INPUT' });
      }
    });

    it('refuses a stale list with CONFLICT', async () => {
      const { id } = await create();
      await graph.run(AGENT, SET, { id, input: { expectedVersion: 1, preferences: [{ category: 'CABIN_CLASS', value: 'BUSINESS' }] } });
      const stale = await graph.run(AGENT, SET, { id, input: { expectedVersion: 1, preferences: [] } });
      expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    });

    it('never shows a partner the leisure preferences, ordinary or special', async () => {
      const { id } = await create();
      const consented = await grantSpecial(id, 1);
      await graph.run(AGENT, SET, {
        id,
        input: {
          expectedVersion: consented.version,
          preferences: [
            { category: 'SEATING', value: 'WINDOW', context: 'LEISURE' },
            { category: 'SEATING', value: 'AISLE', context: 'BUSINESS' },
            { category: 'CABIN_CLASS', value: 'ECONOMY' },
          ],
        },
      });
      await graph.run(AGENT, SET_SPECIAL, {
        id,
        input: {
          expectedVersion: consented.version + 1,
          preferences: [
            { category: 'MEAL', value: 'VGML', context: 'LEISURE' },
            { category: 'MEAL', value: 'GFML', context: 'BUSINESS' },
          ],
        },
      });
      await recordAccountLinks(graph, id, [{ accountId: ACCOUNT }]);

      const partner = await graph.run(PARTNER, READ, { id });
      expect(partner.errors).toBeUndefined();
      expect(partner.data!.profile.travelPreferences.map((preference: { value: string }) => preference.value)).toEqual(['AISLE', 'ECONOMY']);
      expect(partner.data!.profile.specialCategoryPreferences.map((preference: { value: string }) => preference.value)).toEqual(['GFML']);
      const agent = await graph.run(AGENT, READ, { id });
      expect(agent.data!.profile.travelPreferences).toHaveLength(3);
      expect(agent.data!.profile.specialCategoryPreferences).toHaveLength(2);
    });

    it('reads every profile’s preferences and offer flags in the same number of statements whatever the page size', async () => {
      for (let index = 0; index < 4; index += 1) {
        const { id } = await create('Counted');
        await graph.run(AGENT, SET, {
          id,
          input: {
            expectedVersion: 1,
            preferences: [
              { category: 'AIRLINE', value: 'QF' },
              { category: 'HOTEL_CHAIN', value: 'HI' },
            ],
          },
        });
      }
      const measure = async (limit: number) => {
        await graph.running.audit.flush();
        const before = await statementCount();
        const result = await graph.run(
          AGENT,
          `query($limit: Int!) { profiles(filter: { search: "counted" }, page: { limit: $limit }) { items { travelPreferences { outsideOffer outsideOfferReason } consents { purpose } marketingChannels } } }`,
          { limit },
        );
        expect(result.errors).toBeUndefined();
        expect(result.data!.profiles.items).toHaveLength(limit);
        return (await statementCount()) - before;
      };
      expect(await measure(1)).toBe(await measure(4));
    });
  });

  describe('special-category preferences', () => {
    it('cannot be stored without explicit consent, and are stored with it', async () => {
      const { id } = await create();
      const refused = await graph.run(AGENT, SET_SPECIAL, { id, input: { expectedVersion: 1, preferences: [{ category: 'MEAL', value: 'VGML' }] } });
      expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'input.preferences', rule: 'consentRequired' }] });
      expect(await graph.run(AGENT, RECORD, { id, input: { expectedVersion: 1, ...SPECIAL_CONSENT, legalBasis: 'LEGITIMATE_INTERESTS' } })).toMatchObject({
        errors: [
          expect.objectContaining({
            extensions: expect.objectContaining({ violations: [expect.objectContaining({ field: 'input.legalBasis', rule: 'specialCategoryBasis' })] }),
          }),
        ],
      });
      const consented = await grantSpecial(id, 1);
      const stored = await graph.run(AGENT, SET_SPECIAL, {
        id,
        input: {
          expectedVersion: consented.version,
          preferences: [
            { category: 'MEAL', value: 'vgml' },
            { category: 'MOBILITY', value: 'WCHR', stance: 'REQUIRED', notes: 'Cannot manage stairs' },
          ],
        },
      });
      expect(stored.errors).toBeUndefined();
      expect(stored.data!.setSpecialCategoryPreferences.specialCategoryPreferences).toEqual([
        expect.objectContaining({ category: 'MEAL', value: 'VGML' }),
        expect.objectContaining({ category: 'MOBILITY', value: 'WCHR', stance: 'REQUIRED', notes: 'Cannot manage stairs' }),
      ]);
      const wrong = await graph.run(AGENT, SET_SPECIAL, {
        id,
        input: {
          expectedVersion: 3,
          preferences: [
            { category: 'MEAL', value: 'PIZZA' },
            { category: 'SEATING', value: 'AISLE' },
          ],
        },
      });
      expect(wrong.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        violations: [
          expect.objectContaining({ field: 'input.preferences.0.value', rule: 'preferenceValue', message: expect.stringContaining('IATA special meal code') }),
        ],
      });
    });

    it('are hidden from marketing with FORBIDDEN, shown to the agent and the DPO, and their reads are audited', async () => {
      const { id } = await create('Special');
      const consented = await grantSpecial(id, 1);
      await graph.run(AGENT, SET, { id, input: { expectedVersion: consented.version, preferences: [{ category: 'SEATING', value: 'AISLE' }] } });
      await graph.run(AGENT, SET_SPECIAL, {
        id,
        input: { expectedVersion: consented.version + 1, preferences: [{ category: 'VISUAL_HEARING', value: 'DEAF' }] },
      });

      const marketing = await graph.run(MARKETING, READ, { id });
      expect(marketing.data!.profile.specialCategoryPreferences).toBeNull();
      expect(marketing.data!.profile.travelPreferences).toEqual([expect.objectContaining({ value: 'AISLE' })]);
      expect(marketing.errors!.map((error) => [error.path!.join('.'), error.extensions!.code])).toEqual([['profile.specialCategoryPreferences', 'FORBIDDEN']]);
      const marketingWrite = await graph.run(MARKETING, SET_SPECIAL, { id, input: { expectedVersion: 4, preferences: [] } });
      expect(marketingWrite.errors![0].extensions!.code).toBe('FORBIDDEN');
      const dpoWrite = await graph.run(DPO, SET_SPECIAL, { id, input: { expectedVersion: 4, preferences: [] } });
      expect(dpoWrite.errors![0].extensions!.code).toBe('FORBIDDEN');

      for (const reader of [AGENT, DPO]) {
        const read = await graph.run(reader, READ, { id });
        expect(read.errors).toBeUndefined();
        expect(read.data!.profile.specialCategoryPreferences).toEqual([expect.objectContaining({ category: 'VISUAL_HEARING', value: 'DEAF' })]);
      }
      await graph.running.audit.flush();
      const rows: { payload: string }[] = await graph.running.dataSource.query('SELECT payload FROM audit_outbox');
      const events: AuditEvent[] = rows.map((row) => JSON.parse(row.payload));
      expect(events).toEqual(
        expect.arrayContaining([expect.objectContaining({ operation: 'read', subjectIds: [id], fields: ['specialCategoryPreferences'], actorId: DPO.id })]),
      );
    });

    it('are redacted in history, and their changes listed only to profiles.special:read', async () => {
      const { id } = await create();
      const consented = await grantSpecial(id, 1);
      await graph.run(AGENT, SET_SPECIAL, {
        id,
        input: { expectedVersion: consented.version, preferences: [{ category: 'MEAL', value: 'KSML', notes: 'Kosher' }] },
      });
      const history = await graph.run(AGENT, HISTORY, { id });
      const special = history.data!.profile.history.items.filter((item: { operation: string }) => item.operation === 'setSpecialCategoryPreferences');
      expect(special).toEqual(
        expect.arrayContaining([
          { operation: 'setSpecialCategoryPreferences', subjectType: 'TravelPreference', field: 'value', oldValue: null, newValue: '[redacted]' },
        ]),
      );
      expect(JSON.stringify(history.data)).not.toMatch(/KSML|Kosher|MEAL/);
      const marketing = await graph.run(MARKETING, HISTORY, { id });
      expect(marketing.data!.profile.history.items.map((item: { subjectType: string }) => item.subjectType)).toEqual(
        expect.arrayContaining(['Profile', 'ConsentRecord']),
      );
      expect(marketing.data!.profile.history.items.filter((item: { operation: string }) => item.operation === 'setSpecialCategoryPreferences')).toEqual([]);
    });

    it('are erased in the same transaction when the consent is withdrawn, or replaced by a refusal', async () => {
      for (const end of ['withdraw', 'refuse'] as const) {
        const { id } = await create();
        const consented = await grantSpecial(id, 1);
        const consentId = consented.consents.find((consent: { purpose: string }) => consent.purpose === 'SPECIAL_CATEGORY').id;
        await graph.run(AGENT, SET_SPECIAL, { id, input: { expectedVersion: 2, preferences: [{ category: 'MOBILITY', value: 'WCHC' }] } });
        const ended =
          end === 'withdraw'
            ? (await graph.run(AGENT, WITHDRAW, { id, input: { expectedVersion: 3, consentId } })).data!.withdrawConsent
            : (await graph.run(AGENT, RECORD, { id, input: { expectedVersion: 3, ...SPECIAL_CONSENT, legalBasis: 'CONSENT', granted: false } })).data!
                .recordConsent;
        expect(ended.version).toBe(4);
        expect(ended.consents.find((consent: { id: string }) => consent.id === consentId)).toMatchObject({ active: false, withdrawnAt: expect.any(String) });
        expect(await graph.running.dataSource.query('SELECT id FROM travel_preferences WHERE profile_id = ?', [id])).toHaveLength(0);
        const again = await graph.run(AGENT, SET_SPECIAL, { id, input: { expectedVersion: 4, preferences: [{ category: 'MOBILITY', value: 'WCHC' }] } });
        expect(again.errors![0].extensions).toMatchObject({ violations: [{ field: 'input.preferences', rule: 'consentRequired' }] });
      }
    });
  });

  describe('offer catalogue', () => {
    it('lists by kind, refuses duplicates and bad codes, and is changed by administrators only', async () => {
      const list = await graph.run(AGENT, `{ offerCatalogue(filter: { kind: AIRLINE }, sort: { field: CODE }) { total items { code name } } }`);
      expect(list.data!.offerCatalogue).toEqual({
        total: 2,
        items: [
          { code: 'BA', name: 'British Airways' },
          { code: 'LH', name: 'Lufthansa' },
        ],
      });
      const add = `mutation($input: AddOfferCatalogueEntryInput!) { addOfferCatalogueEntry(input: $input) { id code } }`;
      expect((await graph.run(ADMIN, add, { input: { kind: 'AIRLINE', code: 'ba', name: 'Again' } })).errors![0].extensions!.code).toBe('CONFLICT');
      expect((await graph.run(ADMIN, add, { input: { kind: 'DEPARTURE_AIRPORT', code: 'LH', name: 'Bad' } })).errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        violations: [{ field: 'input.code', rule: 'codeFormat' }],
      });
      expect((await graph.run(AGENT, add, { input: { kind: 'AIRLINE', code: 'EK', name: 'Emirates' } })).errors![0].extensions!.code).toBe('FORBIDDEN');

      const { id } = await create();
      await graph.run(AGENT, SET, { id, input: { expectedVersion: 1, preferences: [{ category: 'AIRLINE', value: 'EK' }] } });
      const flagged = async () => (await graph.run(AGENT, READ, { id })).data!.profile.travelPreferences[0].outsideOffer;
      expect(await flagged()).toBe(true);
      const emirates = await graph.run(ADMIN, add, { input: { kind: 'AIRLINE', code: 'EK', name: 'Emirates' } });
      expect(await flagged()).toBe(false);
      const removed = await graph.run(ADMIN, `mutation($id: ID!) { removeOfferCatalogueEntry(id: $id) { code } }`, {
        id: emirates.data!.addOfferCatalogueEntry.id,
      });
      expect(removed.data!.removeOfferCatalogueEntry.code).toBe('EK');
      expect(await flagged()).toBe(true);
    });
  });

  async function statementCount(): Promise<number> {
    const response = await fetch(graph.running.url.replace('/graphql', '/metrics'));
    return ((await response.json()) as { sqlStatements: number }).sqlStatements;
  }
});
