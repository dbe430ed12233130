import { Principal } from '@wayfarer/kit';
import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { recordAccountLinks, startProfilesSubgraph } from '../testing/profiles-test-subgraph';

const AGENT = staff(['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.documents:read', 'profiles.documents:write'], ['agent']);
const MARKETING = staff(['profiles:read'], ['marketing'], '0190f0b2-0000-7000-8000-000000000002');
const ACCOUNT = '0190f0b2-0000-7000-8000-00000000acc1';
const PARTNER: Principal = { id: 'partner-1', kind: 'partner', roles: [], scopes: ['profiles:read'], accountIds: [ACCOUNT], client: 'acme-hr' };

const HISTORY = `query($id: ID!) { profile(id: $id) { history { total items { actorId operation subjectType field oldValue newValue } } } }`;

describe('profile change history', () => {
  let graph: TestSubgraph;
  beforeAll(async () => {
    graph = await startProfilesSubgraph();
  });
  afterAll(() => graph.stop());

  it('records who changed which field from what to what, redacting date of birth and document numbers', async () => {
    const created = await graph.run(
      AGENT,
      `mutation { createProfile(input: { givenName: "Ida", familyName: "Berg", dateOfBirth: "1990-01-01", passports: [{ number: "N1234567", issuingCountry: "NO", expiryDate: "2030-01-01" }], lawfulBasis: { legalBasis: CONTRACT, noticeVersion: "2026-01", channel: PHONE } }) { id passports { id } } }`,
    );
    const { id, passports } = created.data!.createProfile;
    const updated = await graph.run(
      AGENT,
      `mutation($id: ID!, $p: ID!) { updateProfile(id: $id, input: { expectedVersion: 1, familyName: "Berg-Lund", dateOfBirth: "1990-01-02", passports: [{ id: $p, number: "N7654321", issuingCountry: "NO", expiryDate: "2030-01-01" }] }) { version } }`,
      { id, p: passports[0].id },
    );
    expect(updated.errors).toBeUndefined();

    const history = await graph.run(MARKETING, HISTORY, { id });
    const items = history.data!.profile.history.items;
    expect(items).toEqual(
      expect.arrayContaining([
        { actorId: AGENT.id, operation: 'updateProfile', subjectType: 'Profile', field: 'familyName', oldValue: '"Berg"', newValue: '"Berg-Lund"' },
        { actorId: AGENT.id, operation: 'updateProfile', subjectType: 'Profile', field: 'dateOfBirth', oldValue: '[redacted]', newValue: '[redacted]' },
        { actorId: AGENT.id, operation: 'updateProfile', subjectType: 'Passport', field: 'number', oldValue: '[redacted]', newValue: '[redacted]' },
        { actorId: AGENT.id, operation: 'createProfile', subjectType: 'Profile', field: 'givenName', oldValue: null, newValue: '"Ida"' },
      ]),
    );
    expect(JSON.stringify(items)).not.toMatch(/1990-01-0|1234567|7654321/);
    expect(items.filter((item: { field: string; operation: string }) => item.operation === 'updateProfile' && item.field === 'expiryDate')).toHaveLength(0);
  });

  it('refers to the staff member behind each change, for the graph to name, and shows partner clients no staff record', async () => {
    const created = await graph.run(
      AGENT,
      `mutation { createProfile(input: { givenName: "Ola", familyName: "Nordmann", lawfulBasis: { legalBasis: CONTRACT, noticeVersion: "2026-01", channel: PHONE } }) { id } }`,
    );
    const { id } = created.data!.createProfile;
    await recordAccountLinks(graph, id, [{ accountId: ACCOUNT }]);
    const ACTORS = `query($id: ID!) { profile(id: $id) { history { items { field actorKind actor { id } } } } }`;

    const asStaff = await graph.run(MARKETING, ACTORS, { id });
    expect(asStaff.errors).toBeUndefined();
    expect(asStaff.data!.profile.history.items).toContainEqual({ field: 'familyName', actorKind: 'staff', actor: { id: AGENT.id } });

    const asPartner = await graph.run(PARTNER, ACTORS, { id });
    expect(asPartner.data!.profile.history.items[0]).toMatchObject({ actorKind: 'staff', actor: null });
    expect(asPartner.errors![0]).toMatchObject({ path: ['profile', 'history', 'items', 0, 'actor'], extensions: { code: 'FORBIDDEN' } });
  });
});
