import 'reflect-metadata';
import { buildFederatedSchema, SubgraphModule } from '@wayfarer/kit';
import { CorporateAccount } from './accounts/corporate-account.entity';
import { CorporateAccountService } from './accounts/corporate-account.service';
import { CorporateAccountResolver } from './accounts/corporate-account.resolver';
import { Employment } from './employment/employment.entity';
import { EmploymentService } from './employment/employment.service';
import { EmploymentResolver } from './employment/employment.resolver';
import { createAccountLinksPublisher } from './employment/account-links.publisher';
import { TravelPolicy } from './policies/travel-policy.entity';
import { TravelPolicyVersion } from './policies/travel-policy-version.entity';
import { TravelPolicyService } from './policies/travel-policy.service';
import { TravelPolicyResolver } from './policies/travel-policy.resolver';
import { TravellerPolicyService } from './compliance/traveller-policy.service';
import { ProfileCorporateResolver } from './compliance/profile-corporate.resolver';
import { Profile } from './compliance/profile.reference';
import { CreateCorporate1732330000000 } from './migrations/1732330000000-create-corporate';

export { CorporateAccount, Employment, TravelPolicy, TravelPolicyVersion };

export const CORPORATE_ENTITIES = [CorporateAccount, Employment, TravelPolicy, TravelPolicyVersion];

export const corporateModule: SubgraphModule = {
  name: 'corporate',
  entities: CORPORATE_ENTITIES,
  migrations: [CreateCorporate1732330000000],
  async schema(dataSource, config) {
    const employments = new EmploymentService(dataSource, createAccountLinksPublisher({ gatewayUrl: config.GATEWAY_URL, serviceSecret: config.SERVICE_TOKEN_SECRET }));
    const policies = new TravelPolicyService(dataSource);
    const travellerPolicies = new TravellerPolicyService(employments, policies);
    const accountResolver = new CorporateAccountResolver(new CorporateAccountService(dataSource), policies, employments);
    return buildFederatedSchema({
      resolvers: [
        accountResolver,
        new EmploymentResolver(employments, accountResolver),
        new TravelPolicyResolver(policies, travellerPolicies, accountResolver),
        new ProfileCorporateResolver(employments, travellerPolicies),
      ],
      orphanedTypes: [Profile],
      referenceResolvers: {
        CorporateAccount: (reference, context) => accountResolver.load(reference.id, context),
        Profile: (reference) => reference,
      },
    });
  },
};
