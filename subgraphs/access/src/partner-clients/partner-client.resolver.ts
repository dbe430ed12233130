import { Arg, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AuditedMutation, PageInput, RequiresScopes } from '@wayfarer/kit';
import { PartnerClient } from './partner-client.entity';
import { PartnerClientService } from './partner-client.service';
import { CreatePartnerClientInput } from './create-partner-client.input';
import { PartnerClientFilter, PartnerClientList, PartnerClientSort } from './partner-client-list.args';
import { ApiKeyPrincipal, IssuedApiKey } from './partner-client.types';

@Resolver(() => PartnerClient)
export class PartnerClientResolver {
  constructor(private readonly partnerClientService: PartnerClientService) {}

  @Query(() => PartnerClientList)
  @RequiresScopes(['access:admin'])
  partnerClients(
    @Arg('filter', () => PartnerClientFilter, { nullable: true }) filter?: PartnerClientFilter,
    @Arg('sort', () => PartnerClientSort, { nullable: true }) sort?: PartnerClientSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<PartnerClientList> {
    return this.partnerClientService.list(filter ?? undefined, sort ?? undefined, page ?? undefined);
  }

  @Query(() => PartnerClient, { nullable: true })
  @RequiresScopes(['access:admin'])
  partnerClient(@Arg('id', () => ID) id: string): Promise<PartnerClient | null> {
    return this.partnerClientService.findById(id);
  }

  @Query(() => ApiKeyPrincipal, { nullable: true, description: 'For the gateway, called directly: null for an unknown or revoked key.' })
  @Directive('@inaccessible')
  @RequiresScopes(['access:resolve-keys'])
  resolveApiKey(@Arg('key', () => String) key: string): Promise<ApiKeyPrincipal | null> {
    return this.partnerClientService.resolveApiKey(key);
  }

  @Mutation(() => IssuedApiKey)
  @RequiresScopes(['access:admin'])
  @AuditedMutation('PartnerClient')
  createPartnerClient(@Arg('input', () => CreatePartnerClientInput) input: CreatePartnerClientInput): Promise<IssuedApiKey> {
    return this.partnerClientService.create(input);
  }

  @Mutation(() => IssuedApiKey)
  @RequiresScopes(['access:admin'])
  @AuditedMutation('PartnerClient')
  rotatePartnerClientKey(@Arg('id', () => ID) id: string): Promise<IssuedApiKey> {
    return this.partnerClientService.rotateKey(id);
  }

  @Mutation(() => PartnerClient)
  @RequiresScopes(['access:admin'])
  @AuditedMutation('PartnerClient')
  revokePartnerClient(@Arg('id', () => ID) id: string): Promise<PartnerClient> {
    return this.partnerClientService.revoke(id);
  }
}
