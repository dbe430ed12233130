import { SeededTravellers } from './seed';

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** Per-connection scratch space autocannon hands to both hooks. */
export type ConnectionContext = Record<string, unknown>;

export interface Scenario {
  name: string;
  description: string;
  /** The next request's operation; called once per request. */
  next(context: ConnectionContext): GraphqlRequest;
  /** Beyond "no `errors` in the body": e.g. a lookup that finds nothing is a failure here. */
  accepts?(body: string): boolean;
  onResponse?(status: number, body: string, context: ConnectionContext): void;
}

const LIST_ITEM = 'id fullName emails { address type isDefault } department updatedAt';

const LIST = `query BenchList($limit: Int!) {
  profiles(filter: { status: ACTIVE }, sort: { field: FAMILY_NAME, direction: ASC }, page: { limit: $limit }) {
    items { ${LIST_ITEM} }
    total
  }
}`;

const SEARCH = `query BenchSearch($search: String!) {
  profiles(filter: { search: $search }, page: { limit: 25 }) {
    items { ${LIST_ITEM} }
    total
  }
}`;

const PROFILE_BY_ID = `query BenchProfile($id: ID!) {
  profile(id: $id) {
    id fullName
    emails { address type isDefault }
    phones { number type isDefault }
    passports { numberMasked }
  }
}`;

const UPDATE = `mutation BenchUpdate($id: ID!, $input: UpdateProfileInput!) {
  updateProfile(id: $id, input: $input) { id version department updatedAt }
}`;

const DEPARTMENTS = ['Sales', 'Engineering', 'Finance', 'Operations', 'Marketing', 'Legal', 'Procurement'];

const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)];

/**
 * Active profiles in a fixed order, each with the version the last update left it at, shared
 * by every update run so the gateway and direct runs never collide. The seed leaves every
 * profile at version 1; a small data set is walked more than once, with the versions the
 * responses reported. A profile whose update got no answer (cut off at the end of a run, or
 * failed) has an unknown version and is not offered again.
 */
export class UpdatePool {
  private cursor = 0;
  private readonly versions = new Map<string, number>();
  private readonly unanswered = new Set<string>();

  constructor(private readonly ids: readonly string[]) {
    if (ids.length === 0) throw new Error('no active profiles to update');
  }

  take(): { id: string; expectedVersion: number } {
    for (let tries = 0; tries < this.ids.length; tries++) {
      const id = this.ids[this.cursor++ % this.ids.length];
      if (this.unanswered.has(id)) continue;
      this.unanswered.add(id);
      return { id, expectedVersion: this.versions.get(id) ?? 1 };
    }
    throw new Error('every profile in the update pool is awaiting an answer');
  }

  /** The version the last answered update left a profile at (the seed leaves 1). */
  versionOf(id: string): number {
    return this.versions.get(id) ?? 1;
  }

  record(id: string, version: number): void {
    this.versions.set(id, version);
    this.unanswered.delete(id);
  }
}

export function listScenario(name: string, limit: number, description: string): Scenario {
  return { name, description, next: () => ({ query: LIST, variables: { limit } }) };
}

export function benchScenarios(seeded: SeededTravellers, updates: UpdatePool): Scenario[] {
  // Raw family names, accents and apostrophes included: the subgraph must fold them like a user's typing.
  const prefixes = [...new Set(seeded.familyNames.map((name) => name.slice(0, 3)))];
  return [
    listScenario('list', 25, 'ACTIVE profiles by family name, first 25, with total'),
    {
      name: 'search',
      description: 'name prefix search (3 letters of a family name), first 25, with total',
      next: () => ({ query: SEARCH, variables: { search: pick(prefixes) } }),
    },
    {
      name: 'profile by id',
      description: 'one random seeded profile with contacts and masked passports',
      next: () => ({ query: PROFILE_BY_ID, variables: { id: pick(seeded.ids) } }),
      accepts: (body) => !body.includes('"profile":null'),
    },
    {
      name: 'update',
      description: 'updateProfile (department) with expectedVersion, a different profile each time',
      next: (context) => {
        const { id, expectedVersion } = updates.take();
        context.id = id;
        return { query: UPDATE, variables: { id, input: { expectedVersion, department: pick(DEPARTMENTS) } } };
      },
      onResponse: (status, body, context) => {
        if (status !== 200) return;
        const version = /"version":(\d+)/.exec(body);
        if (version) updates.record(context.id as string, Number(version[1]));
      },
    },
    listScenario('list 10', 10, 'as list, page size 10'),
    listScenario('list 100', 100, 'as list, page size 100'),
  ];
}
