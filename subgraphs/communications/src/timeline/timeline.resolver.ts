import { Args, ArgsType, Ctx, Field, FieldResolver, InputType, ObjectType, Resolver, Root } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { ListResult, PageInput, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { Profile } from '../profile/profile.reference';
import { InteractionChannel } from '../interactions/interaction-kinds';
import { COMMUNICATIONS_SCOPES } from '../communications.scopes';
import { TimelineEntryRow } from './timeline-entry.entity';
import { TimelineKind } from './timeline-kind';
import { Timeline, TimelineItem } from './timeline';

@InputType()
export class TimelineFilter {
  @Field(() => [InteractionChannel], { nullable: true, description: 'Only entries on these channels (entries without a channel are left out).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(InteractionChannel, { each: true })
  channels?: InteractionChannel[];

  @Field(() => [TimelineKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(TimelineKind, { each: true })
  kinds?: TimelineKind[];
}

@ArgsType()
export class TimelineArgs {
  @Field(() => TimelineFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: TimelineFilter;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class TimelineEntryList extends ListResult(TimelineEntryRow) {}

@Resolver(() => Profile)
export class ProfileTimelineResolver {
  constructor(private readonly entries: Timeline) {}

  @FieldResolver(() => TimelineEntryList, { description: 'Everything communications holds on the traveller, newest first.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  async timeline(@Root() profile: Profile, @Args() args: TimelineArgs): Promise<TimelineEntryList> {
    return TimelineEntryList.of(await this.entries.page(profile.id, { ...args.filter, page: args.page ?? { limit: 25 } }));
  }
}

@Resolver(() => TimelineEntryRow)
export class TimelineEntryResolver {
  constructor(private readonly timeline: Timeline) {}

  @FieldResolver(() => TimelineItem, { nullable: true })
  item(@Root() entry: TimelineEntryRow, @Ctx() context: SubgraphContext): Promise<object | null> {
    return this.timeline.loadItem(entry, context);
  }
}
