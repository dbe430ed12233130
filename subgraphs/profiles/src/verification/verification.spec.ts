import { randomBytes } from 'node:crypto';
import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { ConfigError, Principal } from '@wayfarer/kit';
import { profilesModule } from '../index';
import { loadProfilesSettings } from '../profiles.config';
import { addDays } from './verification.service';

const KEYS = `k1:${randomBytes(32).toString('base64')}`;
const AGENT = staff(['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.documents:read', 'profiles.documents:write', 'profiles.special:read', 'profiles.special:write'], ['agent']);
const AGENT_WITHOUT_SPECIAL_WRITE = staff(['profiles:read', 'profiles:write', 'profiles.special:read'], ['agent']);
const MARKETING = staff(['profiles:read'], ['marketing']);
const SERVICE: Principal = { id: 'service:importer', kind: 'service', roles: [], scopes: ['profiles:read', 'profiles:write'], client: 'importer' };

const CREATE = `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id version } }`;
const VERIFY = `mutation($id: ID!, $v: Int!) { verifyProfile(id: $id, expectedVersion: $v) { id version lastVerifiedAt lastVerifiedBy nextReviewDue } }`;
const FLAGS = `mutation($id: ID!, $input: SetProfileFlagsInput!) { setProfileFlags(id: $id, input: $input) { id version vip vipNote specialNeeds } }`;
const READ = `query($id: ID!) { profile(id: $id) { id vip vipNote specialNeeds } }`;
const HISTORY = `query($id: ID!) { profile(id: $id) { history(page: { limit: 50 }) { items { operation field oldValue newValue actorId } } } }`;

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
      expect.arrayContaining([expect.objectContaining({ operation: 'verifyProfile', field: 'nextReviewDue', oldValue: null, newValue: JSON.stringify(addDays(today(), 90)), actorId: AGENT.id })]),
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
    const refused = await graph.run(AGENT_WITHOUT_SPECIAL_WRITE, FLAGS, { id, input: { expectedVersion: 1, vip: true, specialNeeds: true } });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const [untouched] = await graph.running.dataSource.query('SELECT vip, special_needs, version FROM profiles WHERE id = ?', [id]);
    expect({ vip: Boolean(untouched.vip), specialNeeds: Boolean(untouched.special_needs), version: untouched.version }).toEqual({ vip: false, specialNeeds: false, version: 1 });

    expect((await graph.run(AGENT, FLAGS, { id, input: { expectedVersion: 1, vip: true, specialNeeds: true } })).errors).toBeUndefined();
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
  });
});
