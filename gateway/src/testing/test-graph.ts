import { randomBytes } from 'node:crypto';
import { AddressInfo, createServer } from 'node:net';
import { print, DocumentNode } from 'graphql';
import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { bootSubgraph, BootedSubgraph, generateSigningKeyPair, privateKeyFromPem, SESSION_TOKEN, signJwt, uuid7 } from '@wayfarer/kit';
import { createTestDatabase, dropTestDatabase } from '@wayfarer/kit/testing';
import { loadGatewayConfig, subgraphUrlVariable } from '../config';
import { createGateway, RunningGateway } from '../gateway';
import { SUBGRAPHS } from '../subgraphs';
import { StaffMember } from '@wayfarer/access';

export interface GraphResponse<TData = Record<string, any>> {
  status: number;
  body: {
    data?: TData | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  };
}

export interface RequestOptions {
  /** A staff session token, sent as `Authorization: Bearer`. */
  token?: string;
  apiKey?: string;
  headers?: Record<string, string>;
}

export interface TestStaff {
  id: string;
  username: string;
  password: string;
  token: string;
}

export interface TestGraphOptions {
  /** Extra gateway settings, e.g. `API_KEY_CACHE_TTL_MS` or `MAX_DEPTH`. */
  gatewayEnv?: Record<string, string>;
  /** Extra settings for every subgraph; `{ DATABASE_URL: '', DATA_DIR }` runs them all on the embedded database. */
  subgraphEnv?: Record<string, string>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** A gateway in this process, its requests shaped the way tests read them. */
export class TestGateway {
  constructor(readonly running: RunningGateway) {}

  get url(): string {
    return this.running.url;
  }

  /** The gateway's origin, for the console and health paths. */
  get origin(): string {
    return new URL(this.running.url).origin;
  }

  async request<TData = Record<string, any>>(
    document: TypedDocumentNode<TData, any> | DocumentNode | string,
    variables?: Record<string, unknown>,
    options: RequestOptions = {},
  ): Promise<GraphResponse<TData>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.apiKey) headers['x-api-key'] = options.apiKey;
    const query = typeof document === 'string' ? document : print(document);
    const response = await fetch(this.running.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const text = await response.text();
    let body: GraphResponse<TData>['body'];
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: text }] };
    }
    return { status: response.status, body };
  }

  stop(): Promise<void> {
    return this.running.stop();
  }
}

/**
 * Every subgraph of the graph on a fresh MariaDB database and a gateway in front of them,
 * all on free ports and sharing freshly generated keys, as `npm start` runs them.
 */
export class TestGraph extends TestGateway {
  private readonly extraGateways: TestGateway[] = [];

  private constructor(
    running: RunningGateway,
    readonly subgraphs: Record<string, BootedSubgraph>,
    private readonly gatewayEnv: Record<string, string>,
    private readonly sessionPrivateKeyPem: string,
  ) {
    super(running);
  }

  static async start(options: TestGraphOptions = {}): Promise<TestGraph> {
    const internal = generateSigningKeyPair();
    const session = generateSigningKeyPair();
    const serviceSecret = randomBytes(32).toString('base64url');
    const gatewayPort = await freePort();
    const subgraphs: Record<string, BootedSubgraph> = {};
    try {
      for (const { name, module } of SUBGRAPHS) {
        subgraphs[name] = await bootSubgraph(module, {
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          HOST: '127.0.0.1',
          PORT: '0',
          DATABASE_URL: options.subgraphEnv?.DATABASE_URL ?? (await createTestDatabase(`graph_${name}`)),
          INTERNAL_TOKEN_PUBLIC_KEY: internal.publicKeyPem,
          SESSION_PRIVATE_KEY: session.privateKeyPem,
          SERVICE_TOKEN_SECRET: serviceSecret,
          FIELD_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
          CAMPAIGN_LINK_SECRET: randomBytes(32).toString('base64url'),
          DEMO: 'false',
          GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`,
          ...options.subgraphEnv,
        });
      }
      const gatewayEnv: Record<string, string> = {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        HOST: '127.0.0.1',
        INTERNAL_TOKEN_PRIVATE_KEY: internal.privateKeyPem,
        SESSION_PUBLIC_KEY: session.publicKeyPem,
        SERVICE_TOKEN_SECRET: serviceSecret,
        ...Object.fromEntries(Object.entries(subgraphs).map(([name, subgraph]) => [subgraphUrlVariable(name), subgraph.url])),
        ...options.gatewayEnv,
      };
      const running = await createGateway(loadGatewayConfig({ ...gatewayEnv, PORT: String(gatewayPort) }));
      return new TestGraph(running, subgraphs, gatewayEnv, session.privateKeyPem);
    } catch (error) {
      await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.stop()));
      throw error;
    }
  }

  /** Another gateway over the same subgraphs, e.g. in production mode; stopped with the graph. */
  async startGateway(env: Record<string, string>): Promise<TestGateway> {
    const gateway = new TestGateway(await createGateway(loadGatewayConfig({ ...this.gatewayEnv, PORT: '0', ...env })));
    this.extraGateways.push(gateway);
    return gateway;
  }

  /**
   * A session token as access would issue it, with exactly the roles and scopes asked for, for an
   * active staff member recorded under `sub` (the gateway ends sessions of unknown or inactive staff).
   */
  async sessionToken(claims: { sub?: string; roles?: string[]; scopes: string[]; expiresInSeconds?: number }): Promise<string> {
    const sub = claims.sub ?? uuid7();
    const now = new Date();
    await this.subgraphs.access.dataSource
      .createQueryBuilder()
      .insert()
      .into(StaffMember)
      .values({
        id: sub,
        username: `token.${sub}`,
        displayName: 'Test',
        passwordHash: '!',
        roles: claims.roles ?? [],
        active: true,
        sessionsValidFrom: null,
        lastSignInAt: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      })
      .orIgnore()
      .execute();
    const issuedAt = Math.floor(now.getTime() / 1000);
    return signJwt(
      {
        iss: SESSION_TOKEN.issuer,
        aud: SESSION_TOKEN.audience,
        sub,
        kind: 'staff',
        name: 'test',
        roles: claims.roles ?? [],
        scopes: claims.scopes,
        iat: issuedAt,
        exp: issuedAt + (claims.expiresInSeconds ?? SESSION_TOKEN.lifetimeSeconds),
      },
      privateKeyFromPem(this.sessionPrivateKeyPem),
    );
  }

  async signIn(username: string, password: string): Promise<GraphResponse<{ signIn: { token: string; staffMember: { id: string } } }>> {
    return this.request(
      'mutation SignIn($username: String!, $password: String!) { signIn(username: $username, password: $password) { token staffMember { id } } }',
      { username, password },
    );
  }

  /** A real staff member with one role, created by an administrator and signed in. */
  async createStaff(role: string): Promise<TestStaff> {
    const admin = await this.sessionToken({ roles: ['admin'], scopes: ['access:admin'] });
    const username = `${role}.${randomBytes(4).toString('hex')}`;
    const password = randomBytes(12).toString('base64url');
    const created = await this.request(
      'mutation CreateStaff($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }',
      { input: { username, displayName: `Test ${role}`, password, roles: [role] } },
      { token: admin },
    );
    if (!created.body.data?.createStaffMember) throw new Error(`could not create ${role}: ${JSON.stringify(created.body.errors)}`);
    const signedIn = await this.signIn(username, password);
    if (!signedIn.body.data?.signIn) throw new Error(`could not sign in ${username}: ${JSON.stringify(signedIn.body.errors)}`);
    return { id: signedIn.body.data.signIn.staffMember.id, username, password, token: signedIn.body.data.signIn.token };
  }

  async stop(): Promise<void> {
    await Promise.all(this.extraGateways.map((gateway) => gateway.stop()));
    await super.stop();
    await Promise.all(
      Object.values(this.subgraphs).map(async (subgraph) => {
        await subgraph.stop();
        if (subgraph.config.DATABASE_URL) await dropTestDatabase(subgraph.config.DATABASE_URL);
      }),
    );
  }
}
