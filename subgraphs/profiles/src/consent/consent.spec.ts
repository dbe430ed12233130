import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { startProfilesSubgraph, STORAGE_BASIS } from '../testing/profiles-test-subgraph';

const AGENT = staff(['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.special:read', 'profiles.special:write'], ['agent']);
const MARKETING = staff(['profiles:read'], ['marketing']);

const RECORD = `mutation($id: ID!, $input: RecordConsentInput!) { recordConsent(profileId: $id, input: $input) { version marketingChannels consents { id purpose granted legalBasis active recordedBy withdrawnAt } } }`;
const WITHDRAW = `mutation($id: ID!, $input: WithdrawConsentInput!) { withdrawConsent(profileId: $id, input: $input) { version marketingChannels specialCategoryPreferences { value } consents { id purpose active withdrawnAt withdrawnBy } } }`;

const LAWFUL_BASIS = STORAGE_BASIS;

describe('consent', () => {
  let graph: TestSubgraph;

  beforeAll(async () => {
    graph = await startProfilesSubgraph();
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

  describe('lawful basis on creation', () => {
    it('records the PROFILE_STORAGE consent with the profile', async () => {
      const profile = await create();
      expect(profile.consents).toEqual([
        { purpose: 'PROFILE_STORAGE', legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB', recordedBy: AGENT.id, active: true },
      ]);
    });

    it('refuses a profile without a lawful basis and writes nothing', async () => {
      const result = await graph.run(AGENT, `mutation { createProfile(input: { givenName: "No", familyName: "Basis" }) { id } }`);
      expect(result.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const bad = await graph.run(AGENT, `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`, {
        input: { givenName: 'No', familyName: 'Basis', lawfulBasis: { ...LAWFUL_BASIS, noticeVersion: '' } },
      });
      expect(bad.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        violations: [expect.objectContaining({ field: 'input.lawfulBasis.noticeVersion' })],
      });
      const rows = await graph.running.dataSource.query("SELECT id FROM profiles WHERE family_name = 'Basis'");
      expect(rows).toHaveLength(0);
    });
  });

  describe('recording and withdrawing', () => {
    it('gives campaigns the channels with active marketing consent, and a withdrawal takes effect at once', async () => {
      const { id } = await create();
      const email = await graph.run(AGENT, RECORD, {
        id,
        input: { expectedVersion: 1, purpose: 'MARKETING_EMAIL', legalBasis: 'CONSENT', noticeVersion: '2026-01', channel: 'WEB' },
      });
      const sms = await graph.run(AGENT, RECORD, {
        id,
        input: { expectedVersion: 2, purpose: 'MARKETING_SMS', legalBasis: 'CONSENT', noticeVersion: '2026-01', channel: 'PHONE' },
      });
      expect(sms.data!.recordConsent.marketingChannels.sort()).toEqual(['EMAIL', 'SMS']);
      const emailId = email.data!.recordConsent.consents.find((consent: { purpose: string }) => consent.purpose === 'MARKETING_EMAIL').id;
      const withdrawn = await graph.run(AGENT, WITHDRAW, { id, input: { expectedVersion: 3, consentId: emailId } });
      expect(withdrawn.data!.withdrawConsent.marketingChannels).toEqual(['SMS']);
      expect(withdrawn.data!.withdrawConsent.consents.find((consent: { id: string }) => consent.id === emailId)).toMatchObject({
        active: false,
        withdrawnBy: AGENT.id,
      });
      const twice = await graph.run(AGENT, WITHDRAW, { id, input: { expectedVersion: 4, consentId: emailId } });
      expect(twice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'input.consentId', rule: 'isActive' }] });
    });

    it('replaces the purpose’s active record with a newer one, and keeps the old one as a record', async () => {
      const { id } = await create();
      await graph.run(AGENT, RECORD, {
        id,
        input: { expectedVersion: 1, purpose: 'MARKETING_PHONE', legalBasis: 'CONSENT', noticeVersion: '2026-01', channel: 'PHONE' },
      });
      const refused = await graph.run(AGENT, RECORD, {
        id,
        input: { expectedVersion: 2, purpose: 'MARKETING_PHONE', granted: false, legalBasis: 'CONSENT', noticeVersion: '2026-02', channel: 'EMAIL' },
      });
      const phone = refused.data!.recordConsent.consents.filter((consent: { purpose: string }) => consent.purpose === 'MARKETING_PHONE');
      expect(phone).toEqual([
        expect.objectContaining({ granted: false, active: false, withdrawnAt: null }),
        expect.objectContaining({ granted: true, active: false, withdrawnAt: expect.any(String) }),
      ]);
      expect(refused.data!.recordConsent.marketingChannels).toEqual([]);
    });

    it('refuses marketing on a basis other than consent, and a consent of another traveller', async () => {
      const { id } = await create();
      const other = await create();
      const result = await graph.run(AGENT, RECORD, {
        id,
        input: { expectedVersion: 1, purpose: 'MARKETING_SMS', legalBasis: 'LEGITIMATE_INTERESTS', noticeVersion: '2026-01', channel: 'WEB' },
      });
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'input.legalBasis', rule: 'marketingBasis' }] });
      const [storage] = await graph.running.dataSource.query('SELECT id FROM consent_records WHERE profile_id = ?', [other.id]);
      const foreign = await graph.run(AGENT, WITHDRAW, { id, input: { expectedVersion: 1, consentId: storage.id } });
      expect(foreign.errors![0].extensions!.code).toBe('NOT_FOUND');
      const marketing = await graph.run(MARKETING, RECORD, {
        id,
        input: { expectedVersion: 1, purpose: 'CALL_RECORDING', legalBasis: 'CONSENT', noticeVersion: '2026-01', channel: 'PHONE' },
      });
      expect(marketing.errors![0].extensions!.code).toBe('FORBIDDEN');
    });
  });
});
