import 'reflect-metadata';
import { buildFederatedSchema, SubgraphModule } from '@wayfarer/kit';
import { loadAccessSettings, AccessSettings } from './access.config';
import { StaffMember } from './staff/staff-member.entity';
import { StaffMemberService } from './staff/staff-member.service';
import { StaffMemberResolver } from './staff/staff-member.resolver';
import { RoleResolver } from './roles/role.resolver';
import { SignInService } from './sign-in/sign-in.service';
import { SignInResolver } from './sign-in/sign-in.resolver';
import { PartnerClient } from './partner-clients/partner-client.entity';
import { PartnerClientService } from './partner-clients/partner-client.service';
import { PartnerClientResolver } from './partner-clients/partner-client.resolver';
import { AuditEventEntity } from './audit/audit-event.entity';
import { AuditEventSubject } from './audit/audit-event-subject.entity';
import { AuditLogService } from './audit/audit-log.service';
import { AuditEventResolver } from './audit/audit-event.resolver';
import { CreateAccessTables1767225600000 } from './migrations/1767225600000-create-access-tables';
import { AddStaffSessionsValidFrom1767225700000 } from './migrations/1767225700000-add-staff-sessions-valid-from';
import { seedDemoStaff, DEMO_PASSWORD } from './demo/demo-staff';

export { scopesOfRoles } from './roles/role-catalogue';
export { StaffMember, PartnerClient, AuditEventEntity, DEMO_PASSWORD };

export const ACCESS_ENTITIES = [StaffMember, PartnerClient, AuditEventEntity, AuditEventSubject];
export const ACCESS_MIGRATIONS = [CreateAccessTables1767225600000, AddStaffSessionsValidFrom1767225700000];

export const accessModule: SubgraphModule<AccessSettings> = {
  name: 'access',
  entities: ACCESS_ENTITIES,
  migrations: ACCESS_MIGRATIONS,
  async prepare(dataSource, _config, logger, env) {
    const settings = loadAccessSettings(env);
    if (settings.demo) await seedDemoStaff(dataSource, logger);
    return settings;
  },
  auditSink: (dataSource) => new AuditLogService(dataSource).sink(),
  async schema(dataSource, _config, _logger, settings) {
    const staffMembers = new StaffMemberService(dataSource);
    const sessionKey = () => {
      if (!settings) throw new Error('access settings are loaded in prepare()');
      return settings.sessionPrivateKey;
    };
    const staffMemberResolver = new StaffMemberResolver(staffMembers);
    return buildFederatedSchema({
      resolvers: [
        staffMemberResolver,
        new RoleResolver(),
        new SignInResolver(new SignInService(staffMembers, sessionKey)),
        new PartnerClientResolver(new PartnerClientService(dataSource)),
        new AuditEventResolver(new AuditLogService(dataSource)),
      ],
      referenceResolvers: { StaffMember: staffMemberResolver.resolveReference },
    });
  },
};
