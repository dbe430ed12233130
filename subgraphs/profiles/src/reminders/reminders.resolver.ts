import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { RequiresScopes, SortDirection, SubgraphContext, ValidationFailedError } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { ProfileService } from '../profile/profile.service';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { ProfileGap, ProfileReminder, ReminderKind } from './profile-reminder.entity';
import { COUNT_CAP, RemindersService } from './reminders.service';
import { ReminderCount, ReminderList, ReminderListArgs } from './reminder-list.args';

@Resolver(() => ProfileReminder)
export class RemindersResolver {
  constructor(
    private readonly service: RemindersService,
    private readonly profiles: ProfileService,
    private readonly loadProfile: (id: string, context: SubgraphContext) => Promise<Profile | null>,
  ) {}

  @Query(() => ReminderList, { description: 'Reminders of one kind due within a window, soonest (or most overdue) first.' })
  @RequiresScopes([PROFILE_SCOPES.read])
  async reminders(@Args() args: ReminderListArgs, @Ctx() context: SubgraphContext): Promise<ReminderList> {
    this.profiles.assertMayRead(context.principal);
    const { kind, withinDays, profileId } = args.filter;
    this.service.assertMayRead(context.principal, kind);
    const page = await this.service.list(
      kind,
      this.service.dueBy(kind, withinDays),
      args.sort?.direction ?? SortDirection.ASC,
      args.page ?? { limit: 25 },
      profileId,
    );
    return ReminderList.of(page);
  }

  @Query(() => [ReminderCount], {
    description: 'Reminders due per kind, each with its default window unless withinDays is given (kinds your scopes cannot read are left out).',
  })
  @RequiresScopes([PROFILE_SCOPES.read])
  async reminderCounts(
    @Arg('withinDays', () => Int, { nullable: true }) withinDays: number | undefined,
    @Ctx() context: SubgraphContext,
  ): Promise<ReminderCount[]> {
    this.profiles.assertMayRead(context.principal);
    if (withinDays !== undefined && withinDays !== null && (withinDays < 0 || withinDays > 3650)) {
      throw ValidationFailedError.single('withinDays', 'isInRange', 'must be between 0 and 3650');
    }
    const counts = await this.service.counts(this.service.readableKinds(context.principal), (kind) => this.service.dueBy(kind, withinDays));
    return counts.map((row) => ({ ...row, countIsExact: row.count <= COUNT_CAP }));
  }

  @FieldResolver(() => Profile, { nullable: true })
  profile(@Root() reminder: ProfileReminder, @Ctx() context: SubgraphContext): Promise<Profile | null> {
    return this.loadProfile(reminder.profileId, context);
  }

  @FieldResolver(() => Int, { description: 'Days from today to dueOn; negative when overdue or expired.' })
  daysLeft(@Root() reminder: ProfileReminder): number {
    return this.service.daysLeft(reminder);
  }

  @FieldResolver(() => ProfileGap, { nullable: true, description: 'INCOMPLETE: the missing item.' })
  missing(@Root() reminder: ProfileReminder): ProfileGap | null {
    return reminder.kind === ReminderKind.INCOMPLETE ? (reminder.detail as ProfileGap) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The profile list the document is in: passports, visas, vaccinations, entryEndorsements or travelInsurance.',
  })
  documentType(@Root() reminder: ProfileReminder): string | null {
    return reminder.documentId ? reminder.detail : null;
  }
}
