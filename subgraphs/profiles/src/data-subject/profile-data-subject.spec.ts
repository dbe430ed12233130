import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { AuditEvent } from '@wayfarer/kit';
import { startProfilesSubgraph, STORAGE_BASIS } from '../testing/profiles-test-subgraph';

const AGENT = staff(['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.documents:read', 'profiles.documents:write'], ['agent']);
const DPO = staff(
  ['profiles:read', 'profiles.personal:read', 'profiles.documents:read', 'audit:read', 'data-subject:export', 'data-subject:erase'],
  ['dpo'],
  '0190f0b2-0000-7000-8000-0000000000d1',
);

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateProfileInput!) {
    createProfile(input: $input) {
      id
      version
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $input: UpdateProfileInput!) {
    updateProfile(id: $id, input: $input) {
      version
    }
  }
`;
const EXPORT = /* GraphQL */ `
  query Export($id: ID!) {
    profilesDataSubjectExport(subjectId: $id) {
      subjectId
      service
      found
      generatedAt
      document
    }
  }
`;
const ERASE = /* GraphQL */ `
  mutation Erase($id: ID!) {
    profilesDataSubjectErase(subjectId: $id) {
      subjectId
      service
      outcome
      erasedAt
    }
  }
`;
const READ = /* GraphQL */ `
  query Read($id: ID!) {
    profile(id: $id) {
      id
      status
      fullName
      givenName
      familyName
      dateOfBirth
      emails {
        address
      }
      phones {
        number
      }
      addresses {
        city
      }
      passports {
        id
      }
      history {
        items {
          operation
          field
          oldValue
          newValue
        }
      }
    }
  }
`;
const SUPERVISOR = staff(['profiles:read', 'profiles:merge'], ['supervisor']);
const SCAN = /* GraphQL */ `
  mutation {
    scanForDuplicates {
      pairsCompared
    }
  }
`;
const CANDIDATES = /* GraphQL */ `
  query Candidates($profileId: ID!) {
    duplicateCandidates(filter: { profileId: $profileId }) {
      items {
        leftId
        rightId
      }
    }
  }
`;
const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Profile {
        id
        status
        fullName
      }
    }
  }
`;
const LIST = /* GraphQL */ `
  query List($filter: ProfileFilter) {
    profiles(filter: $filter) {
      items {
        id
      }
    }
  }
`;

const ZOE = {
  givenName: 'Zoë',
  familyName: 'Núñez',
  nativeName: 'Zoë Núñez',
  preferredLanguage: 'es-ES',
  dateOfBirth: '1984-03-02',
  email: 'zoe.nunez@example.com',
  phone: '+447700900123',
  line: 'Calle Mayor 1',
  city: 'Sevilla',
  passport: 'X1234567',
  emergencyName: 'Ana Núñez',
  emergencyPhone: '+34600111222',
};
// Values no other test uses, so finding none of them anywhere proves the erasure.
const ERIKA = {
  givenName: 'Erika',
  familyName: 'Ýmirsdóttir',
  nativeName: 'Эрика Имирсдоттир',
  preferredLanguage: 'is-IS',
  dateOfBirth: '1979-07-07',
  email: 'erika.ymir@example.org',
  phone: '+4915112345678',
  line: 'Fjällvägen 3',
  city: 'Kiruna',
  passport: 'E7654321',
  emergencyName: 'Sigrún Ýmisdóttir',
  emergencyPhone: '+3546123456',
};
const ERIKA_TRACES = [...Object.values(ERIKA), 'ymirsdottir', 'erika ymir', 'эрика имирсдоттир', 'Ýmirsdóttir-Berg', '1979-07-07'];

describe('data-subject rights in profiles', () => {
  let graph: TestSubgraph;

  beforeAll(async () => {
    graph = await startProfilesSubgraph();
  });
  afterAll(() => graph.stop());

  const createTraveller = async (person = ZOE) => {
    const created = await graph.run(AGENT, CREATE, {
      input: {
        givenName: person.givenName,
        familyName: person.familyName,
        nativeName: person.nativeName,
        preferredLanguage: person.preferredLanguage,
        dateOfBirth: person.dateOfBirth,
        emails: [{ address: person.email }],
        phones: [{ number: person.phone }],
        addresses: [{ lines: [person.line], city: person.city, countryCode: 'ES' }],
        passports: [{ number: person.passport, issuingCountry: 'ES', expiryDate: '2031-05-01' }],
        emergencyContacts: [{ name: person.emergencyName, phone: person.emergencyPhone }],
        lawfulBasis: STORAGE_BASIS,
      },
    });
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.createProfile;
    const updated = await graph.run(AGENT, UPDATE, {
      id,
      input: { expectedVersion: 1, familyName: `${person.familyName}-${person === ZOE ? 'Ruiz' : 'Berg'}`, department: 'Sales' },
    });
    expect(updated.errors).toBeUndefined();
    return id as string;
  };

  const auditedAs = async (operation: string): Promise<AuditEvent[]> => {
    await graph.running.audit.flush();
    const rows: { payload: string }[] = await graph.running.dataSource.query('SELECT payload FROM audit_outbox');
    return rows.map((row) => JSON.parse(row.payload) as AuditEvent).filter((event) => event.operation === operation);
  };

  /** Every row of every table, as text: erasure is proven on the database, not on the API. */
  const everything = async (): Promise<string> => {
    const tables: { name: string }[] = await graph.running.dataSource.query(
      'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()',
    );
    const dumps = await Promise.all(
      tables
        .filter((table) => table.name !== 'audit_outbox')
        .map(async (table) => JSON.stringify(await graph.running.dataSource.query(`SELECT * FROM \`${table.name}\``))),
    );
    return dumps.join('\n');
  };

  it('exports the profile, every part and the history, in clear, and audits it', async () => {
    const id = await createTraveller();
    const result = await graph.run(DPO, EXPORT, { id });
    expect(result.errors).toBeUndefined();
    const answer = result.data!.profilesDataSubjectExport;
    expect(answer).toMatchObject({ subjectId: id, service: 'profiles', found: true });
    const document = JSON.parse(answer.document);
    expect(document.profile).toMatchObject({
      id,
      givenName: 'Zoë',
      familyName: 'Núñez-Ruiz',
      preferredLanguage: 'es-ES',
      dateOfBirth: '1984-03-02',
      department: 'Sales',
      emergencyContacts: [{ name: 'Ana Núñez', relationship: null, phone: '+34600111222', email: null }],
    });
    // Internal search and matching keys are the subgraph's own bookkeeping, not data the traveller gave.
    for (const key of ['nameKey', 'givenNameKey', 'nativeNameKey', 'emailKey']) expect(document.profile).not.toHaveProperty(key);
    expect(answer.document).not.toContain('nunez ruiz zoe');
    expect(document.passports).toEqual([expect.objectContaining({ number: 'X1234567', issuingCountry: 'ES' })]);
    expect(document.consents).toEqual([expect.objectContaining({ purpose: 'PROFILE_STORAGE', legalBasis: 'CONTRACT', active: true })]);
    expect(document.consents[0]).not.toHaveProperty('profileId');
    expect(document.history).toEqual(
      expect.arrayContaining([expect.objectContaining({ operation: 'updateProfile', field: 'familyName', oldValue: '"Núñez"', newValue: '"Núñez-Ruiz"' })]),
    );

    expect(await auditedAs('profilesDataSubjectExport')).toEqual([
      expect.objectContaining({ actorId: DPO.id, subjectType: 'DataSubject', subjectIds: [id], outcome: 'success' }),
    ]);

    const unknown = await graph.run(DPO, EXPORT, { id: '0190f0b2-0000-7000-8000-00000000ffff' });
    expect(unknown.data!.profilesDataSubjectExport).toMatchObject({ found: false, document: null });
  });

  it('refuses both rights without their scopes', async () => {
    const id = await createTraveller();
    expect((await graph.run(AGENT, EXPORT, { id })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await graph.run(AGENT, ERASE, { id })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('erases in one go, leaving a tombstone that resolves and no personal data in any table', async () => {
    const id = await createTraveller(ERIKA);
    const erased = await graph.run(DPO, ERASE, { id });
    expect(erased.errors).toBeUndefined();
    expect(erased.data!.profilesDataSubjectErase).toMatchObject({ subjectId: id, service: 'profiles', outcome: 'ERASED' });

    expect(await auditedAs('profilesDataSubjectErase')).toEqual(
      expect.arrayContaining([expect.objectContaining({ actorId: DPO.id, subjectIds: [id], outcome: 'success' })]),
    );

    const read = await graph.run(AGENT, READ, { id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.profile).toMatchObject({
      id,
      status: 'ERASED',
      fullName: 'Erased',
      givenName: 'Erased',
      familyName: 'Erased',
      dateOfBirth: null,
      emails: [],
      phones: [],
      addresses: [],
      passports: [],
    });
    const history = read.data!.profile.history.items;
    expect(history).toEqual(expect.arrayContaining([{ operation: 'profilesDataSubjectErase', field: 'status', oldValue: '"ACTIVE"', newValue: '"ERASED"' }]));
    expect(
      history
        .filter((change: { field: string }) => change.field !== 'status')
        .every(
          (change: { oldValue: string | null; newValue: string | null }) =>
            [null, '[redacted]'].includes(change.oldValue) && [null, '[redacted]'].includes(change.newValue),
        ),
    ).toBe(true);

    const entities = await graph.run(AGENT, ENTITIES, { representations: [{ __typename: 'Profile', id }] });
    expect(entities.data!._entities).toEqual([{ id, status: 'ERASED', fullName: 'Erased' }]);

    const database = await everything();
    expect(database).toContain(id);
    for (const value of ERIKA_TRACES) expect(database).not.toContain(JSON.stringify(value).slice(1, -1));
    expect(await graph.running.dataSource.query('SELECT id FROM passports WHERE profile_id = ?', [id])).toEqual([]);

    expect((await graph.run(AGENT, LIST, { filter: { search: 'Erased' } })).data!.profiles.items).toEqual([]);
    for (const search of [ERIKA.email, ERIKA.phone, 'ymirsd', 'erika ym', 'Эрика', ERIKA.passport]) {
      expect((await graph.run(AGENT, LIST, { filter: { search } })).data!.profiles.items).toEqual([]);
    }
    // Someone new with the erased traveller's name, birth date and e-mail is no duplicate of the tombstone.
    const namesake = await createTraveller(ERIKA);
    const scan = await graph.run(SUPERVISOR, SCAN);
    expect(scan.errors).toBeUndefined();
    expect((await graph.run(SUPERVISOR, CANDIDATES, { profileId: namesake })).data!.duplicateCandidates.items).toEqual([]);
    expect((await graph.run(AGENT, LIST, { filter: { status: 'ERASED' } })).data!.profiles.items).toEqual([{ id }]);
    expect((await graph.run(AGENT, UPDATE, { id, input: { expectedVersion: 3, givenName: 'Back' } })).errors![0].extensions!.code).toBe('CONFLICT');
    expect((await graph.run(DPO, ERASE, { id })).data!.profilesDataSubjectErase.outcome).toBe('ALREADY_ERASED');
    expect((await graph.run(DPO, ERASE, { id: '0190f0b2-0000-7000-8000-00000000ffff' })).data!.profilesDataSubjectErase.outcome).toBe('NOT_FOUND');
  });
});
