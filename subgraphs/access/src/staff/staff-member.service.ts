import { DataSource, EntityManager, QueryDeepPartialEntity, Repository } from 'typeorm';
import {
  ConflictError,
  inTransaction,
  isMysql,
  isUniqueViolation,
  likePrefix,
  PageInput,
  paginate,
  SortDirection,
  updateWithVersion,
  uuid7,
  ValidationFailedError,
} from '@wayfarer/kit';
import { StaffMember } from './staff-member.entity';
import { CreateStaffMemberInput } from './create-staff-member.input';
import { UpdateStaffMemberInput } from './update-staff-member.input';
import { StaffMemberFilter, StaffMemberList, StaffMemberSort, StaffMemberSortField } from './staff-member-list.args';
import { hashPassword } from './password';

const ADMINISTRATOR = 'admin';

export class StaffMemberService {
  constructor(private readonly dataSource: DataSource) {}

  private get repository(): Repository<StaffMember> {
    return this.dataSource.getRepository(StaffMember);
  }

  findById(id: string): Promise<StaffMember | null> {
    return this.repository.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<StaffMember[]> {
    return this.repository.createQueryBuilder('staff').where('staff.id IN (:...ids)', { ids }).getMany();
  }

  findByUsername(username: string): Promise<StaffMember | null> {
    return this.repository.findOneBy({ username: username.toLowerCase() });
  }

  async list(filter: StaffMemberFilter = {}, sort?: StaffMemberSort, page: PageInput = new PageInput()): Promise<StaffMemberList> {
    const query = this.repository.createQueryBuilder('staff');
    if (filter.search) {
      query.andWhere("(staff.username LIKE :search ESCAPE '!' OR staff.display_name LIKE :search ESCAPE '!')", { search: likePrefix(filter.search) });
    }
    // Roles are a short JSON list of catalogue names, so a quoted-name match is exact.
    if (filter.role) query.andWhere('staff.roles LIKE :role', { role: `%${JSON.stringify(filter.role)}%` });
    if (filter.active !== undefined && filter.active !== null) query.andWhere('staff.active = :active', { active: filter.active });
    return StaffMemberList.of(
      await paginate(query, {
        sortProperty: sort?.field ?? StaffMemberSortField.USERNAME,
        direction: sort?.direction ?? SortDirection.ASC,
        page,
      }),
    );
  }

  async count(): Promise<number> {
    return this.repository.count();
  }

  async create(input: CreateStaffMemberInput, id = uuid7()): Promise<StaffMember> {
    const username = input.username.toLowerCase();
    const now = new Date();
    const staffMember = this.repository.create({
      id,
      username,
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password),
      roles: input.roles,
      active: true,
      lastSignInAt: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return inTransaction(this.dataSource, async (manager) => {
      if (await manager.existsBy(StaffMember, { username })) throw usernameTaken(username);
      try {
        await manager.insert(StaffMember, staffMember);
      } catch (error) {
        if (isUniqueViolation(error)) throw usernameTaken(username);
        throw error;
      }
      return staffMember;
    });
  }

  async update(id: string, input: UpdateStaffMemberInput): Promise<StaffMember> {
    const now = new Date();
    const changes: QueryDeepPartialEntity<StaffMember> = { updatedAt: now };
    if (input.displayName !== undefined && input.displayName !== null) changes.displayName = input.displayName;
    if (input.roles) changes.roles = input.roles as never;
    if (input.active !== undefined && input.active !== null) changes.active = input.active;
    if (input.password) changes.passwordHash = await hashPassword(input.password);
    // A session carries the roles it was issued with; after any of these changes it must be signed in again.
    if (input.roles || input.active === false || input.password) changes.sessionsValidFrom = now;
    const stopsAdministering = input.active === false || (input.roles && !input.roles.includes(ADMINISTRATOR));
    return inTransaction(this.dataSource, async (manager) => {
      if (stopsAdministering) await this.lockActiveAdministrators(manager);
      const before = stopsAdministering ? await manager.getRepository(StaffMember).findOneBy({ id }) : null;
      await updateWithVersion(manager, StaffMember, 'StaffMember', id, input.expectedVersion, changes);
      // Checked after the change, in its transaction: with no administrator left nobody could administer staff again.
      if (before?.active && before.roles.includes(ADMINISTRATOR) && !(await this.anyActiveAdministrator(manager))) {
        throw ValidationFailedError.single(
          input.active === false ? 'input.active' : 'input.roles',
          'keepsAnAdministrator',
          'would leave no active administrator',
        );
      }
      return manager.getRepository(StaffMember).findOneByOrFail({ id });
    });
  }

  private activeAdministrators(manager: EntityManager) {
    return manager
      .getRepository(StaffMember)
      .createQueryBuilder('staff')
      .select('staff.id')
      .where('staff.active = :active AND staff.roles LIKE :administrator', { active: true, administrator: `%${JSON.stringify(ADMINISTRATOR)}%` });
  }

  private async anyActiveAdministrator(manager: EntityManager): Promise<boolean> {
    return Boolean(await this.activeAdministrators(manager).limit(1).getRawOne());
  }

  /**
   * Two changes that each remove a different administrator would each still see the other one
   * and both pass the check; locking the administrators' rows first makes the second wait for the
   * first and check what it left. The embedded database runs one transaction at a time anyway.
   */
  private async lockActiveAdministrators(manager: EntityManager): Promise<void> {
    if (isMysql(manager.connection)) await this.activeAdministrators(manager).orderBy('staff.id').setLock('pessimistic_write').getRawMany();
  }

  /** Whether a session issued at `issuedAtMs` still counts for this staff member. */
  async sessionStillValid(id: string, issuedAtMs: number): Promise<boolean> {
    const staffMember = await this.repository.findOne({ where: { id }, select: { id: true, active: true, sessionsValidFrom: true } });
    if (!staffMember?.active) return false;
    return !staffMember.sessionsValidFrom || issuedAtMs >= staffMember.sessionsValidFrom.getTime();
  }

  /** Not an edit: leaves the version alone, so signing in never makes an administrator's open form stale. */
  async recordSignIn(id: string, at: Date): Promise<void> {
    await this.repository.update({ id }, { lastSignInAt: at });
  }
}

const usernameTaken = (username: string) => new ConflictError(`The username ${username} is taken`, { field: 'input.username' });
