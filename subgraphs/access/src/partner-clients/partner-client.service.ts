import { DataSource, Repository } from 'typeorm';
import { ConflictError, likePrefix, NotFoundError, paginate, PageInput, SortDirection, uuid7 } from '@wayfarer/kit';
import { PartnerClient } from './partner-client.entity';
import { CreatePartnerClientInput } from './create-partner-client.input';
import { PartnerClientFilter, PartnerClientList, PartnerClientSort, PartnerClientSortField } from './partner-client-list.args';
import { ApiKeyPrincipal, IssuedApiKey } from './partner-client.types';
import { apiKeyMatches, apiKeyPrefix, generateApiKey } from './api-key';

export class PartnerClientService {
  constructor(private readonly dataSource: DataSource) {}

  private get repository(): Repository<PartnerClient> {
    return this.dataSource.getRepository(PartnerClient);
  }

  findById(id: string): Promise<PartnerClient | null> {
    return this.repository.findOneBy({ id });
  }

  async list(filter: PartnerClientFilter = {}, sort?: PartnerClientSort, page: PageInput = new PageInput()): Promise<PartnerClientList> {
    const query = this.repository.createQueryBuilder('client');
    if (filter.search) query.andWhere("client.name LIKE :search ESCAPE '!'", { search: likePrefix(filter.search) });
    if (filter.revoked === true) query.andWhere('client.revoked_at IS NOT NULL');
    if (filter.revoked === false) query.andWhere('client.revoked_at IS NULL');
    return PartnerClientList.of(
      await paginate(query, {
        sortProperty: sort?.field ?? PartnerClientSortField.NAME,
        direction: sort?.direction ?? SortDirection.ASC,
        page,
      }),
    );
  }

  async create(input: CreatePartnerClientInput): Promise<IssuedApiKey> {
    const apiKey = generateApiKey();
    const now = new Date();
    const client = this.repository.create({
      id: uuid7(),
      name: input.name,
      scopes: input.scopes,
      accountIds: input.accountIds,
      keyPrefix: apiKey.prefix,
      keyHash: apiKey.hash,
      revokedAt: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await this.repository.insert(client);
    return Object.assign(new IssuedApiKey(), { apiKey: apiKey.key, partnerClient: client });
  }

  /** A new key replaces the old one at once; a revoked client stays revoked. */
  async rotateKey(id: string): Promise<IssuedApiKey> {
    const apiKey = generateApiKey();
    const result = await this.repository
      .createQueryBuilder()
      .update()
      .set({ keyPrefix: apiKey.prefix, keyHash: apiKey.hash, updatedAt: new Date(), version: () => 'version + 1' })
      .where('id = :id AND revoked_at IS NULL', { id })
      .execute();
    if (result.affected !== 1) {
      const client = await this.findById(id);
      if (!client) throw new NotFoundError('PartnerClient', id);
      throw new ConflictError(`PartnerClient ${id} is revoked; create a new client instead`, { entity: 'PartnerClient', id });
    }
    return Object.assign(new IssuedApiKey(), { apiKey: apiKey.key, partnerClient: await this.repository.findOneByOrFail({ id }) });
  }

  /** Idempotent: revoking a revoked client keeps its first revocation time. */
  async revoke(id: string): Promise<PartnerClient> {
    const now = new Date();
    await this.repository
      .createQueryBuilder()
      .update()
      .set({ revokedAt: now, updatedAt: now, version: () => 'version + 1' })
      .where('id = :id AND revoked_at IS NULL', { id })
      .execute();
    const client = await this.findById(id);
    if (!client) throw new NotFoundError('PartnerClient', id);
    return client;
  }

  /** The principal behind a live key, or null for a malformed, unknown or revoked one. */
  async resolveApiKey(key: string): Promise<ApiKeyPrincipal | null> {
    const prefix = apiKeyPrefix(key);
    if (!prefix) return null;
    const client = await this.repository.findOneBy({ keyPrefix: prefix });
    if (!client || client.revokedAt || !apiKeyMatches(key, client.keyHash)) return null;
    return Object.assign(new ApiKeyPrincipal(), { id: client.id, name: client.name, scopes: client.scopes, accountIds: client.accountIds });
  }
}
