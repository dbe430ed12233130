import { randomBytes } from 'node:crypto';
import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { ConfigError, Principal } from '@wayfarer/kit';
import { profilesModule } from '../index';
import { loadProfilesSettings } from '../profiles.config';
import { addDays } from './verification.service';
import { grantSpecialCategoryConsent, SPECIAL_CATEGORY_CONSENT } from '../testing/profiles-test-subgraph';
import { ClearSpecialNeedsWithoutConsent1732360000003 } from '../migrations/1732360000003-clear-special-needs-without-consent';

const KEYS = `k1:${randomBytes(32).toString('base64')}`;
const AGENT = staff(
  [
    'profiles:read',
    'profiles:write',
    'profiles.personal:read',
    'profiles.documents:read',
    'profiles.documents:write',
    'profiles.special:read',
    'profiles.special:write',
  ],
  ['agent'],
);
const AGENT_WITHOUT_SPECIAL_WRITE = staff(['profiles:read', 'profiles:write', 'profiles.special:read'], ['agent']);
const MARKETING = staff(['profiles:read'], ['marketing']);
const SERVICE: Principal = { id: 'service:importer', kind: 'service', roles: [], scopes: ['profiles:read', 'profiles:write'], client: 'importer' };

const CREATE = `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id version } }`;
const VERIFY = `mutation($id: ID!, $v: Int!) { verifyProfile(id: $id, expectedVersion: $v) { id version lastVerifiedAt lastVerifiedBy nextReviewDue } }`;
const FLAGS = `mutation($id: ID!, $input: SetProfileFlagsInput!) { setProfileFlags(id: $id, input: $input) { id version vip vipNote specialNeeds } }`;
const READ = `query($id: ID!) { profile(id: $id) { id vip vipNote specialNeeds } }`;
const HISTORY = `query($id: ID!) { profile(id: $id) { history(page: { limit: 50 }) { items { operation field oldValue newValue actorId } } } }`;
const WITHDRAW = `mutation($id: ID!, $input: WithdrawConsentInput!) { withdrawConsent(profileId: $id, input: $input) { version specialNeeds } }`;
const RECORD_CONSENT = `mutation($id: ID!, $input: RecordConsentInput!) { recordConsent(profileId: $id, input: $input) { version specialNeeds } }`;
const DERIVED = `query($id: ID!) {
  profile(id: $id) { segments }
  reminders(filter: { kind: SPECIAL_NEEDS_REVIEW, profileId: $id, withinDays: 3650 }) { total }
}`;

const today = () => new Date().toISOString().slice(0, 10);

describe('profile verification and flags', () => {
  let graph: TestSubgraph;

  beforeAll(async () => {
    graph = await TestSubgraph.start(profilesModule, { FIELD_ENCRYPTION_KEYS: KEYS, PROFILE_REVIEW_INTERVAL_DAYS: '90' });
  });
  afterAll(() => graph.stop());

  const create = async () => {
    const result = await graph.run(AGENT, CREATE, {
      input: { givenName: 'Vera', familyName: 'Lind', lawfulBasis: { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'PHONE' } },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.createProfile as { id: string; version: number };
  };

  it('records who verified the profile and when, with the next review after the configured interval', async () => {
    const { id } = await create();
    const result = await graph.run(AGENT, VERIFY, { id, v: 1 });
    expect(result.errors).toBeUndefined();
    expect(result.data!.verifyProfile).toMatchObject({ version: 2, lastVerifiedBy: AGENT.id, nextReviewDue: addDays(today(), 90) });
    expect(Date.now() - Date.parse(result.data!.verifyProfile.lastVerifiedAt)).toBeLessThan(60_000);
    const history = await graph.run(AGENT, HISTORY, { id });
    expect(history.data!.profile.history.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          operation: 'verifyProfile',
          field: 'nextReviewDue',
          oldValue: null,
          newValue: JSON.stringify(addDays(today(), 90)),
          actorId: AGENT.id,
        }),
      ]),
    );
  });

  it('refuses a stale verification with CONFLICT, and verification by anyone but staff', async () => {
    const { id } = await create();
    expect((await graph.run(AGENT, VERIFY, { id, v: 7 })).errors![0].extensions!.code).toBe('CONFLICT');
    expect((await graph.run(SERVICE, VERIFY, { id, v: 1 })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await graph.run(MARKETING, VERIFY, { id, v: 1 })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const [row] = await graph.running.dataSource.query('SELECT version, last_verified_at FROM profiles WHERE id = ?', [id]);
    expect(row).toEqual({ version: 1, last_verified_at: null });
  });

  it('validates the review interval at start-up', () => {
    const base = { FIELD_ENCRYPTION_KEYS: KEYS };
    expect(loadProfilesSettings(base).reviewIntervalDays).toBe(365);
    expect(() => loadProfilesSettings({ ...base, PROFILE_REVIEW_INTERVAL_DAYS: '0' })).toThrow(ConfigError);
    expect(() => loadProfilesSettings({ ...base, PROFILE_REVIEW_INTERVAL_DAYS: 'yearly' })).toThrow(/PROFILE_REVIEW_INTERVAL_DAYS/);
  });

  it('sets VIP with a note, and clears the note when VIP is turned off', async () => {
    const { id } = await create();
    const set = await graph.run(AGENT, FLAGS, { id, input: { expectedVersion: 1, vip: true, vipNote: ' Chairs the board of a key account ' } });
    expect(set.data!.setProfileFlags).toMatchObject({ version: 2, vip: true, vipNote: 'Chairs the board of a key account', specialNeeds: false });
    const cleared = await graph.run(AGENT, FLAGS, { id, input: { expectedVersion: 2, vip: false } });
    expect(cleared.data!.setProfileFlags).toMatchObject({ vip: false, vipNote: null });
  });

  it('guards special needs: writing needs profiles.special:write, reading profiles.special:read', async () => {
    const { id } = await create();
    const { version } = await grantSpecialCategoryConsent(graph, AGENT, id, 1);
    const refused = await graph.run(AGENT_WITHOUT_SPECIAL_WRITE, FLAGS, { id, input: { expectedVersion: version, vip: true, specialNeeds: true } });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const [untouched] = await graph.running.dataSource.query('SELECT vip, special_needs, version FROM profiles WHERE id = ?', [id]);
    expect({ vip: Boolean(untouched.vip), specialNeeds: Boolean(untouched.special_needs), version: untouched.version }).toEqual({
      vip: false,
      specialNeeds: false,
      version,
    });

    expect((await graph.run(AGENT, FLAGS, { id, input: { expectedVersion: version, vip: true, specialNeeds: true } })).errors).toBeUndefined();
    expect((await graph.run(AGENT, READ, { id })).data!.profile).toEqual({ id, vip: true, vipNote: null, specialNeeds: true });

    const marketing = await graph.run(MARKETING, READ, { id });
    expect(marketing.data!.profile).toEqual({ id, vip: true, vipNote: null, specialNeeds: null });
    expect(marketing.errors!.map((error) => [error.path!.join('.'), error.extensions!.code])).toEqual([['profile.specialNeeds', 'FORBIDDEN']]);

    const history = await graph.run(AGENT, HISTORY, { id });
    expect(history.data!.profile.history.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ operation: 'setProfileFlags', field: 'specialNeeds', newValue: '[redacted]' }),
        expect.objectContaining({ operation: 'setProfileFlags', field: 'vip', oldValue: 'false', newValue: 'true' }),
      ]),
    );
    // Even redacted, a change to the flag tells who has special needs.
    const marketingHistory = await graph.run(MARKETING, HISTORY, { id });
    expect(marketingHistory.data!.profile.history.items.map((item: { field: string }) => item.field)).toEqual(expect.arrayContaining(['vip']));
    expect(marketingHistory.data!.profile.history.items.map((item: { field: string }) => item.field)).not.toContain('specialNeeds');
  });

  it('records special needs only under the traveller’s special-category consent, naming the field and rule', async () => {
    const { id } = await create();
    const refused = await graph.run(AGENT, FLAGS, { id, input: { expectedVersion: 1, vip: true, specialNeeds: true } });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'input.specialNeeds', rule: 'consentRequired' }] });
    const [untouched] = await graph.running.dataSource.query('SELECT vip, special_needs, version FROM profiles WHERE id = ?', [id]);
    expect({ vip: Boolean(untouched.vip), specialNeeds: Boolean(untouched.special_needs), version: untouched.version }).toEqual({
      vip: false,
      specialNeeds: false,
      version: 1,
    });

    const refusedConsent = await graph.run(AGENT, RECORD_CONSENT, {
      id,
      input: { expectedVersion: 1, ...SPECIAL_CATEGORY_CONSENT, granted: false, legalBasis: 'CONSENT' },
    });
    expect(refusedConsent.errors).toBeUndefined();
    const stillRefused = await graph.run(AGENT, FLAGS, { id, input: { expectedVersion: 2, specialNeeds: true } });
    expect(stillRefused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      violations: [{ field: 'input.specialNeeds', rule: 'consentRequired' }],
    });

    expect((await graph.run(AGENT, FLAGS, { id, input: { expectedVersion: 2, specialNeeds: false } })).errors).toBeUndefined();
    const { version } = await grantSpecialCategoryConsent(graph, AGENT, id, 3);
    const set = await graph.run(AGENT, FLAGS, { id, input: { expectedVersion: version, specialNeeds: true } });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setProfileFlags.specialNeeds).toBe(true);
  });

  it('clears, on upgrade, special needs recorded before they needed consent, and keeps those under consent', async () => {
    const { id: before } = await create();
    const { id: underConsent } = await create();
    const { version } = await grantSpecialCategoryConsent(graph, AGENT, underConsent, 1);
    expect((await graph.run(AGENT, FLAGS, { id: underConsent, input: { expectedVersion: version, specialNeeds: true } })).errors).toBeUndefined();
    // What the flag looked like when setProfileFlags needed no consent: set, and derived from.
    await graph.running.dataSource.query('UPDATE profiles SET special_needs = 1 WHERE id = ?', [before]);
    await graph.running.dataSource.query("INSERT INTO profile_segments (profile_id, segment, valid_until) VALUES (?, 'special-needs', NULL)", [before]);
    await graph.running.dataSource.query("INSERT INTO profile_reminders (id, profile_id, kind, due_on) VALUES (?, ?, 'SPECIAL_NEEDS_REVIEW', '2026-01-01')", [
      `SPECIAL_NEEDS_REVIEW:${before}`,
      before,
    ]);

    const queryRunner = graph.running.dataSource.createQueryRunner();
    await new ClearSpecialNeedsWithoutConsent1732360000003().up(queryRunner);
    await queryRunner.release();

    expect((await graph.run(AGENT, READ, { id: before })).data!.profile.specialNeeds).toBe(false);
    const derived = await graph.run(AGENT, DERIVED, { id: before });
    expect(derived.data!.profile.segments).not.toContain('special-needs');
    expect(derived.data!.reminders.total).toBe(0);
    expect((await graph.run(AGENT, HISTORY, { id: before })).data!.profile.history.items).toContainEqual(
      expect.objectContaining({ operation: 'ClearSpecialNeedsWithoutConsent1732360000003', field: 'specialNeeds', actorId: 'migration' }),
    );
    expect((await graph.run(MARKETING, HISTORY, { id: before })).data!.profile.history.items.map((item: { field: string }) => item.field)).not.toContain(
      'specialNeeds',
    );
    expect((await graph.run(AGENT, READ, { id: underConsent })).data!.profile.specialNeeds).toBe(true);
  });

  describe('when special-category consent ends, the flag and what is derived from it go at once', () => {
    const flagged = async () => {
      const { id } = await create();
      const { version, consentId } = await grantSpecialCategoryConsent(graph, AGENT, id, 1);
      const set = await graph.run(AGENT, FLAGS, { id, input: { expectedVersion: version, specialNeeds: true } });
      expect(set.errors).toBeUndefined();
      const derived = await graph.run(AGENT, DERIVED, { id });
      expect(derived.data!.profile.segments).toContain('special-needs');
      expect(derived.data!.reminders.total).toBe(1);
      return { id, version: set.data!.setProfileFlags.version as number, consentId };
    };
    const expectCleared = async (id: string, operation: string) => {
      expect((await graph.run(AGENT, READ, { id })).data!.profile.specialNeeds).toBe(false);
      const derived = await graph.run(AGENT, DERIVED, { id });
      expect(derived.data!.profile.segments).not.toContain('special-needs');
      expect(derived.data!.reminders.total).toBe(0);
      expect((await graph.run(AGENT, HISTORY, { id })).data!.profile.history.items).toContainEqual(
        expect.objectContaining({ operation, field: 'specialNeeds', oldValue: '[redacted]', newValue: '[redacted]' }),
      );
    };

    it('on withdrawal', async () => {
      const { id, version, consentId } = await flagged();
      const withdrawn = await graph.run(AGENT, WITHDRAW, { id, input: { expectedVersion: version, consentId } });
      expect(withdrawn.errors).toBeUndefined();
      expect(withdrawn.data!.withdrawConsent).toEqual({ version: version + 1, specialNeeds: false });
      await expectCleared(id, 'withdrawConsent');
    });

    it('on a refusal replacing the consent', async () => {
      const { id, version } = await flagged();
      const refusal = await graph.run(AGENT, RECORD_CONSENT, {
        id,
        input: { expectedVersion: version, ...SPECIAL_CATEGORY_CONSENT, granted: false, legalBasis: 'CONSENT' },
      });
      expect(refusal.errors).toBeUndefined();
      expect(refusal.data!.recordConsent.specialNeeds).toBe(false);
      await expectCleared(id, 'recordConsent');
    });
  });
});
