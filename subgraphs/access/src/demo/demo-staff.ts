import { DataSource } from 'typeorm';
import { demoId, Logger } from '@wayfarer/kit';
import { StaffMemberService } from '../staff/staff-member.service';
import { ROLES } from '@wayfarer/registry';

export const DEMO_PASSWORD = 'wayfarer-demo';

const DISPLAY_NAMES: Record<string, string> = {
  agent: 'Alex Agent',
  supervisor: 'Sam Supervisor',
  marketing: 'Morgan Marketing',
  dpo: 'Dana Data-Protection',
  admin: 'Ash Administrator',
};

/** One staff member per role, named after it, on an empty database only; their ids are the demo ones other subgraphs' demo data refers to. */
export async function seedDemoStaff(dataSource: DataSource, logger: Logger): Promise<void> {
  const staffMembers = new StaffMemberService(dataSource);
  if ((await staffMembers.count()) > 0) return;
  for (const role of ROLES) {
    await staffMembers.create(
      { username: role, displayName: DISPLAY_NAMES[role] ?? role, password: DEMO_PASSWORD, roles: [role] },
      demoId({ kind: 'staff', username: role }),
    );
  }
  logger.info({ usernames: ROLES }, 'demo staff created');
}
