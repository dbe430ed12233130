import { RunFigures } from './load';
import { TargetCheck } from './report';
import { Scenario, UpdatePool } from './scenarios';
import { AGENT_SCOPES, BENCH_AGENT } from './tokens';
import { Principal } from '@wayfarer/kit';

/** A consultant who also manages corporate accounts: the console's account screens need corporate:read. */
export const BENCH_ACCOUNT_MANAGER: Principal = { ...BENCH_AGENT, id: 'bench-account-manager', scopes: [...AGENT_SCOPES, 'corporate:read', 'corporate:write'] };

export const ACCOUNT_TRAVELLERS = 'account travellers';
const LINKED_TRAVELLERS = 100;

const TRAVELLERS = `query BenchAccountTravellers($id: ID!, $limit: Int!) {
  corporateAccount(id: $id) {
    travellers(page: { limit: $limit }) {
      items { id employeeId departmentCode grade profile { id fullName policyCompliance { inPolicy findings { rule outcome reason } } } }
      total
    }
  }
}`;

const PREFERENCES = [
  { category: 'CABIN_CLASS', value: 'BUSINESS', context: 'BUSINESS' },
  { category: 'AIRLINE', value: 'BA', context: 'ANY' },
  { category: 'RAIL_CLASS', value: 'FIRST', context: 'LEISURE' },
  { category: 'SEATING', value: 'AISLE', context: 'ANY' },
];

async function call(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<Record<string, any>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (!response.ok || body.errors?.length || !body.data)
    throw new Error(`account travellers seed: ${JSON.stringify(body.errors ?? response.status).slice(0, 500)}`);
  return body.data;
}

/**
 * An account with a policy and its travellers, each with business, any-context and leisure preferences,
 * made through the gateway as the console would; the update pool learns the versions this leaves.
 */
export async function seedAccountTravellers(gatewayUrl: string, token: string, activeIds: readonly string[], updates: UpdatePool): Promise<string> {
  const { createCorporateAccount } = await call(
    gatewayUrl,
    token,
    'mutation($input: CreateCorporateAccountInput!) { createCorporateAccount(input: $input) { id } }',
    {
      input: { legalName: 'Bench Industries', departments: [{ code: 'SALES', name: 'Sales' }], costCentres: [{ code: 'CC1', name: 'Central' }] },
    },
  );
  const accountId = createCorporateAccount.id as string;
  await call(gatewayUrl, token, 'mutation($input: CreateTravelPolicyInput!) { createTravelPolicy(input: $input) { id } }', {
    input: {
      accountId,
      name: 'Bench policy',
      appliesTo: 'ACCOUNT',
      effectiveFrom: '2020-01-01',
      rules: {
        cabinByDuration: [
          { minHours: 0, cabin: 'ECONOMY' },
          { minHours: 8, cabin: 'BUSINESS' },
        ],
        railClass: 'STANDARD',
        blockedAirlines: ['FR'],
      },
    },
  });
  // From the end of the list: the update runs walk it from the start.
  for (const [index, profileId] of activeIds.slice(-LINKED_TRAVELLERS).entries()) {
    await call(gatewayUrl, token, 'mutation($input: LinkTravellerInput!) { linkTraveller(input: $input) { id } }', {
      input: { profileId, accountId, departmentCode: 'SALES', costCentreCode: 'CC1', employeeId: `E${index}`, grade: 'G5', validFrom: '2020-01-01' },
    });
    const expectedVersion = updates.versionOf(profileId);
    const { setTravelPreferences } = await call(
      gatewayUrl,
      token,
      'mutation($id: ID!, $input: SetTravelPreferencesInput!) { setTravelPreferences(profileId: $id, input: $input) { version } }',
      {
        id: profileId,
        input: { expectedVersion, preferences: PREFERENCES },
      },
    );
    updates.record(profileId, setTravelPreferences.version);
  }
  return accountId;
}

/** The console's travellers tab of an account: names from profiles, compliance from corporate (@requires on preferences). */
export function accountTravellerScenarios(accountId: string): Scenario[] {
  return [10, 25, 100].map((limit) => ({
    name: limit === 25 ? ACCOUNT_TRAVELLERS : `${ACCOUNT_TRAVELLERS} ${limit}`,
    description: `an account's travellers, first ${limit} with names and policy compliance, through the gateway`,
    next: () => ({ query: TRAVELLERS, variables: { id: accountId, limit } }),
    accepts: (body) => body.includes('"policyCompliance":{'),
  }));
}

export function accountTravellersCheck(runs: RunFigures[]): TargetCheck {
  const small = runs.find((run) => run.scenario === `${ACCOUNT_TRAVELLERS} 10`);
  const large = runs.find((run) => run.scenario === `${ACCOUNT_TRAVELLERS} 100`);
  const per = (run: RunFigures | undefined) => (run ? `profiles ${run.sqlStatementsPerRequest}, corporate ${run.corporateSqlStatementsPerRequest}` : '?');
  // The same tolerance as the profile list: amortised audit-outbox writes wobble; a per-row query would add ≥ 1 per row.
  const flat = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && b - a < 0.5;
  return {
    name: 'SQL statements per account-travellers request do not grow with page size, in each subgraph',
    pass:
      !!small &&
      !!large &&
      !small.failed &&
      !large.failed &&
      flat(small.sqlStatementsPerRequest, large.sqlStatementsPerRequest) &&
      flat(small.corporateSqlStatementsPerRequest, large.corporateSqlStatementsPerRequest),
    detail: `statements per request, 10 rows: ${per(small)}; 100 rows: ${per(large)}`,
  };
}
