import { Arg, Ctx, Directive, Float, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AuditedMutation, Authenticated, byKeys, PageInput, RequiresScopes, SubgraphContext, UnauthenticatedError } from '@wayfarer/kit';
import { StaffMember } from './staff-member.entity';
import { StaffMemberService } from './staff-member.service';
import { CreateStaffMemberInput } from './create-staff-member.input';
import { UpdateStaffMemberInput } from './update-staff-member.input';
import { StaffMemberFilter, StaffMemberList, StaffMemberSort } from './staff-member-list.args';

@Resolver(() => StaffMember)
export class StaffMemberResolver {
  constructor(private readonly staffMemberService: StaffMemberService) {}

  @Query(() => StaffMember, { nullable: true, description: 'The signed-in staff member; null for other principals.' })
  @Authenticated()
  me(@Ctx() { principal }: SubgraphContext): Promise<StaffMember | null> | null {
    return principal.kind === 'staff' ? this.staffMemberService.findById(principal.id) : null;
  }

  @Query(() => StaffMemberList)
  @RequiresScopes(['access:admin'])
  staffMembers(
    @Arg('filter', () => StaffMemberFilter, { nullable: true }) filter?: StaffMemberFilter,
    @Arg('sort', () => StaffMemberSort, { nullable: true }) sort?: StaffMemberSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<StaffMemberList> {
    return this.staffMemberService.list(filter ?? undefined, sort ?? undefined, page ?? undefined);
  }

  @Query(() => StaffMember, { nullable: true })
  @RequiresScopes(['access:admin'])
  staffMember(@Arg('id', () => ID) id: string): Promise<StaffMember | null> {
    return this.staffMemberService.findById(id);
  }

  @Query(() => Boolean, { description: 'For the gateway, called directly: whether a session token issued at `issuedAtMs` (epoch milliseconds) still counts.' })
  @Directive('@inaccessible')
  @RequiresScopes(['access:resolve-keys'])
  staffSessionValid(@Arg('staffId', () => ID) staffId: string, @Arg('issuedAtMs', () => Float) issuedAtMs: number): Promise<boolean> {
    return this.staffMemberService.sessionStillValid(staffId, issuedAtMs);
  }

  @Mutation(() => StaffMember)
  @RequiresScopes(['access:admin'])
  @AuditedMutation('StaffMember')
  createStaffMember(@Arg('input', () => CreateStaffMemberInput) input: CreateStaffMemberInput): Promise<StaffMember> {
    return this.staffMemberService.create(input);
  }

  @Mutation(() => StaffMember)
  @RequiresScopes(['access:admin'])
  @AuditedMutation('StaffMember')
  updateStaffMember(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateStaffMemberInput) input: UpdateStaffMemberInput): Promise<StaffMember> {
    return this.staffMemberService.update(id, input);
  }

  /** `_entities` for StaffMember, batched per request. */
  resolveReference = (reference: { id: string }, context: SubgraphContext): Promise<StaffMember | null> => {
    if (context.principal.kind === 'anonymous') throw new UnauthenticatedError();
    return context.loaders
      .get<string, StaffMember | null>('staffMemberById', async (ids) => byKeys(ids, await this.staffMemberService.findByIds(ids), (row) => row.id))
      .load(reference.id);
  };
}
