import {
  ArchiveProfileDocument,
  AuditEventListDocument,
  ProfileByIdDocument,
  ProfileListDocument,
  ProfilesByIdsDocument,
  UpdateProfileDocument,
  UpdateStaffMemberDocument,
} from '../graphql/generated';
import { profileOperations } from '../profiles/profiles.operations';
import { staffOperations } from '../staff/staff.operations';
import { auditEventOperations } from '../auditEvents/auditEvents.operations';
import { createBuildQuery } from './buildQuery';
import { DataProviderError } from './graphqlRequest';

const AGENT_SCOPES = ['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.documents:read', 'profiles.documents:write'];
const MARKETING_SCOPES = ['profiles:read'];

const buildQueryFor = (scopes: string[]) =>
  createBuildQuery(() => scopes, { profiles: profileOperations, staff: staffOperations, auditEvents: auditEventOperations });

describe('buildQuery', () => {
  describe('GET_LIST', () => {
    it('maps page/perPage to limit/offset, the sort to its enum and q to filter.search', () => {
      const request = buildQueryFor(AGENT_SCOPES)('GET_LIST', 'profiles', {
        pagination: { page: 3, perPage: 10 },
        sort: { field: 'familyName', order: 'DESC' },
        filter: { q: 'smi', status: 'ACTIVE', department: '' },
      });

      expect(request.query).toBe(ProfileListDocument);
      expect(request.variables).toEqual({
        page: { limit: 10, offset: 20 },
        sort: { field: 'FAMILY_NAME', direction: 'DESC' },
        filter: { search: 'smi', status: 'ACTIVE' },
      });
    });

    it('leaves the order to the server for a column the API cannot sort by', () => {
      const request = buildQueryFor(AGENT_SCOPES)('GET_LIST', 'profiles', {
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'id', order: 'ASC' },
        filter: {},
      });

      expect(request.variables.sort).toBeUndefined();
    });

    it('reports an exact total, and only prev/next when the total is capped', () => {
      const request = buildQueryFor(AGENT_SCOPES)('GET_LIST', 'profiles', {
        pagination: { page: 2, perPage: 2 },
        sort: { field: 'familyName', order: 'ASC' },
        filter: {},
      });
      const items = [{ id: 'a' }, { id: 'b' }];

      expect(request.parseResponse({ data: { profiles: { items, total: 7, totalIsExact: true, nextCursor: 'x' } } })).toEqual({ data: items, total: 7 });
      expect(request.parseResponse({ data: { profiles: { items, total: 1000, totalIsExact: false, nextCursor: 'x' } } })).toEqual({
        data: items,
        pageInfo: { hasPreviousPage: true, hasNextPage: true },
      });
    });

    it('turns the audit log date range into instants, with `to` exclusive at the start of the next day', () => {
      const request = buildQueryFor(['audit:read'])('GET_LIST', 'auditEvents', {
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'occurredAt', order: 'DESC' },
        filter: { actorId: 'staff-1', from: '2026-05-01', to: '2026-05-03' },
      });

      expect(request.query).toBe(AuditEventListDocument);
      expect(request.variables.filter).toEqual({
        actorId: 'staff-1',
        from: new Date(2026, 4, 1).toISOString(),
        to: new Date(2026, 4, 4).toISOString(),
      });
      expect(request.variables.sort).toEqual({ field: 'OCCURRED_AT', direction: 'DESC' });
    });
  });

  it('GET_MANY asks for the ids, GET_MANY_REFERENCE filters the list by the target', () => {
    const buildQuery = buildQueryFor(AGENT_SCOPES);

    const many = buildQuery('GET_MANY', 'profiles', { ids: ['a', 'b'] });
    expect(many.query).toBe(ProfilesByIdsDocument);
    expect(many.variables).toEqual({ ids: ['a', 'b'], limit: 2 });

    const reference = buildQuery('GET_MANY_REFERENCE', 'profiles', {
      target: 'department',
      id: 'Sales',
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'createdAt', order: 'ASC' },
      filter: {},
    });
    expect(reference.query).toBe(ProfileListDocument);
    expect(reference.variables.filter).toEqual({ department: 'Sales' });
  });

  it('GET_ONE only asks for the date of birth and passport numbers when the scopes allow reading them', () => {
    const agent = buildQueryFor(AGENT_SCOPES)('GET_ONE', 'profiles', { id: 'p1' });
    const marketing = buildQueryFor(MARKETING_SCOPES)('GET_ONE', 'profiles', { id: 'p1' });

    expect(agent.query).toBe(ProfileByIdDocument);
    expect(agent.variables).toEqual({ id: 'p1', canReadPersonal: true, canReadDocuments: true });
    expect(marketing.variables).toEqual({ id: 'p1', canReadPersonal: false, canReadDocuments: false });
    expect(() => marketing.parseResponse({ data: { profile: null } })).toThrow(DataProviderError);
  });

  describe('UPDATE', () => {
    const previousData = { id: 'p1', version: 4 };
    const formValues = {
      __typename: 'Profile',
      id: 'p1',
      version: 4,
      givenName: ' Ada ',
      familyName: 'Lovelace',
      middleName: '',
      nativeName: ' 阿达 ',
      preferredLanguage: 'en-GB',
      department: 'Sales',
      dateOfBirth: '1990-12-10',
      emails: [{ address: 'ada@example.com', type: 'WORK', isDefault: true, __typename: 'EmailAddress' }],
      emergencyContacts: [{ name: ' Byron ', relationship: '', phone: '+447700900999', email: '', __typename: 'EmergencyContact' }],
      phones: [{ number: '+447700900123', type: 'PERSONAL' }],
      addresses: [{ type: 'HOME', lines: ['1 Main St', ''], city: 'London', countryCode: 'gb' }],
      passports: [
        { id: 'pp1', numberMasked: '•••••123', number: '', issuingCountry: 'GB', expiryDate: '2030-01-01' },
        { number: 'X1234567', issuingCountry: 'fr', nationality: 'fr', issueDate: '', expiryDate: '2031-02-02' },
      ],
    };

    it('sends the version the edit started from and only the input fields', () => {
      const request = buildQueryFor(AGENT_SCOPES)('UPDATE', 'profiles', {
        id: 'p1',
        data: formValues,
        previousData,
      });

      expect(request.query).toBe(UpdateProfileDocument);
      expect(request.variables).toEqual({
        id: 'p1',
        canReadPersonal: true,
        canReadDocuments: true,
        input: {
          expectedVersion: 4,
          title: null,
          givenName: 'Ada',
          middleName: null,
          familyName: 'Lovelace',
          preferredName: null,
          nativeName: '阿达',
          preferredLanguage: 'en-GB',
          department: 'Sales',
          dateOfBirth: '1990-12-10',
          emails: [{ address: 'ada@example.com', type: 'WORK', isDefault: true }],
          emergencyContacts: [{ name: 'Byron', relationship: null, phone: '+447700900999', email: null }],
          phones: [{ number: '+447700900123', type: 'PERSONAL', isDefault: false }],
          addresses: [
            {
              type: 'HOME',
              lines: ['1 Main St'],
              city: 'London',
              region: null,
              postalCode: null,
              countryCode: 'GB',
              isDefault: false,
            },
          ],
          passports: [
            { id: 'pp1', issuingCountry: 'GB', nationality: null, issueDate: null, expiryDate: '2030-01-01' },
            { number: 'X1234567', issuingCountry: 'FR', nationality: 'FR', issueDate: null, expiryDate: '2031-02-02' },
          ],
        },
      });
    });

    it('leaves out the date of birth and passports when the role may not touch them', () => {
      const request = buildQueryFor(['profiles:read', 'profiles:write'])('UPDATE', 'profiles', {
        id: 'p1',
        data: formValues,
        previousData,
      });
      const input = request.variables.input as Record<string, unknown>;

      expect(input).not.toHaveProperty('dateOfBirth');
      expect(input).not.toHaveProperty('passports');
      expect(request.variables).toMatchObject({ canReadPersonal: false, canReadDocuments: false });
    });

    it('keeps a staff member’s password when the field is left empty', () => {
      const request = buildQueryFor(['access:admin'])('UPDATE', 'staff', {
        id: 's1',
        data: { displayName: 'Agent Smith', roles: ['agent'], active: false, password: '' },
        previousData: { id: 's1', version: 2 },
      });

      expect(request.query).toBe(UpdateStaffMemberDocument);
      expect(request.variables).toEqual({
        id: 's1',
        input: { expectedVersion: 2, displayName: 'Agent Smith', roles: ['agent'], active: false },
      });
    });
  });

  it('DELETE archives a traveller at the version it was shown with', () => {
    const request = buildQueryFor(AGENT_SCOPES)('DELETE', 'profiles', { id: 'p1', previousData: { id: 'p1', version: 9 } });

    expect(request.query).toBe(ArchiveProfileDocument);
    expect(request.variables).toEqual({ id: 'p1', expectedVersion: 9, canReadPersonal: true, canReadDocuments: true });
  });

  it('refuses fetch types a resource does not have', () => {
    expect(() => buildQueryFor(['audit:read'])('DELETE', 'auditEvents', { id: 'e1' })).toThrow('auditEvents does not support DELETE');
  });
});
