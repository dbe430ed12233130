import { TestGraph } from '@wayfarer/gateway/testing';
import { createGatewayCall, inTransaction, Loaders, PartnerReach, Principal, StatementCounter, uuid7 } from '@wayfarer/kit';
import { everyDatabase, removeEmbeddedData } from '@wayfarer/kit/testing';
import { LoyaltyAccountLink } from './loyalty-account-link.entity';

const STAFF_SCOPES = ['profiles:read', 'profiles:write', 'corporate:read', 'corporate:write', 'loyalty:read', 'loyalty:write'];
const LAWFUL_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' };
const RECORD = 'mutation($links: [AccountLinksInput!]!) { recordLoyaltyAccountLinks(links: $links) }';

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const partnerOf = (accountId: string): Principal => ({
  id: uuid7(),
  kind: 'partner',
  roles: [],
  scopes: ['loyalty:read'],
  accountIds: [accountId],
  client: 'hr',
});
const STAFF: Principal = { id: uuid7(), kind: 'staff', roles: ['agent'], scopes: ['loyalty:read'], client: 'console' };

describe.each(everyDatabase())(
  'loyalty hears corporate’s account links and lets partners reach only their accounts’ travellers, on %s',
  (_database, environment) => {
    let graph: TestGraph;
    let token: string;
    let reach: PartnerReach<LoyaltyAccountLink>;
    let acme: string;
    let globex: string;

    const ok = async (query: string, variables: Record<string, unknown> = {}) => {
      const result = await graph.request(query, variables, { token });
      expect(result.body.errors).toBeUndefined();
      return result.body.data as Record<string, any>;
    };
    const createAccount = async (legalName: string): Promise<string> =>
      (
        await ok('mutation($input: CreateCorporateAccountInput!) { createCorporateAccount(input: $input) { id } }', {
          input: {
            legalName,
            registrationNumber: '01234567',
            legalEntities: [{ name: `${legalName} Ltd`, countryCode: 'GB' }],
            billingAddress: { lines: ['1 High Street'], city: 'London', countryCode: 'GB' },
            offices: [{ name: 'HQ', city: 'London', countryCode: 'GB' }],
            contractStart: '2026-01-01',
          },
        })
      ).createCorporateAccount.id;
    const createTraveller = async (familyName: string): Promise<string> =>
      (
        await ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
          input: { givenName: 'Pat', familyName, lawfulBasis: LAWFUL_BASIS },
        })
      ).createProfile.id;
    const link = async (profileId: string, accountId: string, validFrom: string): Promise<string> =>
      (await ok('mutation($input: LinkTravellerInput!) { linkTraveller(input: $input) { id } }', { input: { profileId, accountId, validFrom } })).linkTraveller
        .id;
    const loyaltyLinks = (profileId: string) =>
      graph.subgraphs.loyalty.dataSource.getRepository(LoyaltyAccountLink).find({ where: { profileId }, order: { validFrom: 'ASC' } });
    /** Refused (FORBIDDEN) or allowed (null) to read these travellers' loyalty data. */
    const readRefusal = (principal: Principal, profileIds: string[]) =>
      reach.assertMayRead(profileIds, { principal, loaders: new Loaders() }).then(
        () => null,
        (error) => error.extensions?.code ?? error.code,
      );

    beforeAll(async () => {
      graph = await TestGraph.start({ subgraphEnv: environment });
      token = await graph.sessionToken({ roles: ['admin'], scopes: STAFF_SCOPES });
      reach = new PartnerReach(graph.subgraphs.loyalty.dataSource, LoyaltyAccountLink);
      acme = await createAccount('Acme');
      globex = await createAccount('Globex');
    }, 120_000);
    afterAll(async () => {
      await graph?.stop();
      removeEmbeddedData(environment);
    });

    it('receives a link corporate makes through the relay, and a partner of that account reaches the traveller while it is in force', async () => {
      const traveller = await createTraveller('Linked');
      await link(traveller, acme, daysFromToday(-30));
      await graph.subgraphs.corporate.outbox!.relay();
      expect(await loyaltyLinks(traveller)).toEqual([{ profileId: traveller, accountId: acme, validFrom: daysFromToday(-30), validTo: null }]);

      expect(await readRefusal(partnerOf(acme), [traveller])).toBeNull();
      expect(await readRefusal(partnerOf(globex), [traveller])).toBe('FORBIDDEN');
      expect(await readRefusal(partnerOf(acme), [traveller, uuid7()])).toBe('FORBIDDEN');
      expect(await readRefusal(STAFF, [uuid7()])).toBeNull();
    });

    it('gives no reach before a link starts', async () => {
      const traveller = await createTraveller('Future');
      await link(traveller, acme, daysFromToday(30));
      await graph.subgraphs.corporate.outbox!.relay();
      expect(await loyaltyLinks(traveller)).toHaveLength(1);
      expect(await readRefusal(partnerOf(acme), [traveller])).toBe('FORBIDDEN');
    });

    it('drops reach when corporate ends the link', async () => {
      const traveller = await createTraveller('Ending');
      const employment = await link(traveller, acme, daysFromToday(-60));
      await graph.subgraphs.corporate.outbox!.relay();
      expect(await readRefusal(partnerOf(acme), [traveller])).toBeNull();

      await ok('mutation($id: ID!, $validTo: Date!) { endEmployment(id: $id, validTo: $validTo) { id } }', { id: employment, validTo: daysFromToday(-1) });
      await graph.subgraphs.corporate.outbox!.relay();
      expect(await loyaltyLinks(traveller)).toEqual([]);
      expect(await readRefusal(partnerOf(acme), [traveller])).toBe('FORBIDDEN');
    });

    it('judges an ended link, its last day and a future one on the day asked, in lists and writes too', async () => {
      const [ended, lastDay, future] = [uuid7(), uuid7(), uuid7()];
      const call = createGatewayCall({ gatewayUrl: graph.url, service: 'corporate', serviceSecret: graph.subgraphs.corporate.config.SERVICE_TOKEN_SECRET });
      const answer = await call(RECORD, {
        links: [
          { profileId: ended, accounts: [{ accountId: acme, validFrom: daysFromToday(-60), validTo: daysFromToday(-1) }] },
          { profileId: lastDay, accounts: [{ accountId: acme, validFrom: daysFromToday(-60), validTo: daysFromToday(0) }] },
          { profileId: future, accounts: [{ accountId: acme, validFrom: daysFromToday(1) }] },
        ],
      });
      expect(answer.errors).toBeUndefined();
      const dataSource = graph.subgraphs.loyalty.dataSource;

      const listed = (principal: Principal) => {
        const qb = dataSource.createQueryBuilder().select('traveller.profile_id', 'profileId').from(LoyaltyAccountLink, 'traveller');
        qb.where('traveller.profile_id IN (:...asked)', { asked: [ended, lastDay, future] });
        reach.limitList(qb, 'traveller.profile_id', principal);
        return qb.getRawMany().then((rows) => rows.map((row) => row.profileId));
      };
      expect(await listed(partnerOf(acme))).toEqual([lastDay]);
      expect(await listed(partnerOf(globex))).toEqual([]);
      expect((await listed(STAFF)).sort()).toEqual([ended, lastDay, future].sort());

      const writeRefusal = (principal: Principal, profileId: string) =>
        inTransaction(dataSource, (manager) => reach.assertMayWrite(manager, profileId, principal)).then(
          () => null,
          (error) => error.extensions?.code ?? error.code,
        );
      expect(await writeRefusal(partnerOf(acme), lastDay)).toBeNull();
      expect(await writeRefusal(partnerOf(acme), ended)).toBe('FORBIDDEN');
      expect(await writeRefusal(partnerOf(acme), future)).toBe('FORBIDDEN');
      expect(await writeRefusal(partnerOf(globex), lastDay)).toBe('FORBIDDEN');
    });

    it('reads every traveller a request asks about in one SQL statement', async () => {
      const travellers = [uuid7(), uuid7(), uuid7()];
      const call = createGatewayCall({ gatewayUrl: graph.url, service: 'corporate', serviceSecret: graph.subgraphs.corporate.config.SERVICE_TOKEN_SECRET });
      await call(RECORD, { links: travellers.map((profileId) => ({ profileId, accounts: [{ accountId: acme, validFrom: daysFromToday(0) }] })) });
      const counter = graph.subgraphs.loyalty.dataSource.logger as StatementCounter;
      graph.subgraphs.loyalty.audit.stopTimers();
      const context = { principal: partnerOf(acme), loaders: new Loaders() };
      const before = counter.total;
      await Promise.all([reach.assertMayRead(travellers.slice(0, 2), context), reach.assertMayRead([travellers[2]], context)]);
      expect(counter.total - before).toBe(1);
    });

    it('takes links only from a service with the scope, and refuses a link ending before it starts, writing nothing', async () => {
      const traveller = uuid7();
      const links = [{ profileId: traveller, accounts: [{ accountId: acme, validFrom: daysFromToday(0) }] }];
      const asStaff = await graph.request(RECORD, { links }, { token });
      expect(asStaff.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      const call = createGatewayCall({ gatewayUrl: graph.url, service: 'corporate', serviceSecret: graph.subgraphs.corporate.config.SERVICE_TOKEN_SECRET });
      const backwards = await call(RECORD, {
        links: [{ profileId: traveller, accounts: [{ accountId: acme, validFrom: daysFromToday(5), validTo: daysFromToday(1) }] }],
      });
      expect(backwards.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        violations: [{ field: 'links.0.accounts.0.validTo', rule: 'isAfterStart' }],
      });
      expect(await loyaltyLinks(traveller)).toEqual([]);
    });
  },
);
