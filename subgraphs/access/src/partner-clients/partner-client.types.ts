import { Field, ID, ObjectType } from 'type-graphql';
import { PartnerClient } from './partner-client.entity';

@ObjectType({ description: 'A new API key, shown this once; only its hash is kept.' })
export class IssuedApiKey {
  @Field(() => String)
  apiKey: string;

  @Field(() => PartnerClient)
  partnerClient: PartnerClient;

  /** Not in the schema: lets `AuditedMutation` record which client the key belongs to. */
  get id(): string {
    return this.partnerClient.id;
  }
}

@ObjectType({ description: 'What the gateway needs to act as a partner client.' })
export class ApiKeyPrincipal {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => [String])
  scopes: string[];

  @Field(() => [ID])
  accountIds: string[];
}
