import { Query, Resolver } from 'type-graphql';
import { Authenticated } from '@wayfarer/kit';
import { ROLE_SCOPES } from '@wayfarer/registry';
import { Role } from './role.type';

@Resolver()
export class RoleResolver {
  @Query(() => [Role], { description: 'The role catalogue.' })
  @Authenticated()
  roles(): Role[] {
    return Object.entries(ROLE_SCOPES).map(([name, scopes]) => Object.assign(new Role(), { name, scopes: [...scopes] }));
  }
}
