import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditedMutation, byKeys, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { ProfileService } from '../profile/profile.service';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { DuplicateCandidate } from './duplicate-candidate.entity';
import { DuplicateCandidateList, DuplicateCandidateListArgs } from './duplicate-candidate-list.args';
import { DuplicateQueueService } from './duplicate-queue.service';
import { DuplicateScanResult, DuplicateScanService } from './duplicate-scan.service';

@Resolver(() => DuplicateCandidate)
export class DuplicatesResolver {
  constructor(
    private readonly queue: DuplicateQueueService,
    private readonly scanner: DuplicateScanService,
    private readonly profiles: ProfileService,
  ) {}

  @Query(() => DuplicateCandidateList, { description: 'The duplicates queue; highest score first unless sorted.' })
  @RequiresScopes([PROFILE_SCOPES.read])
  async duplicateCandidates(@Args() args: DuplicateCandidateListArgs, @Ctx() context: SubgraphContext): Promise<DuplicateCandidateList> {
    this.profiles.assertMayRead(context.principal);
    return DuplicateCandidateList.of(await this.queue.list(args));
  }

  @Query(() => DuplicateCandidate, { nullable: true })
  @RequiresScopes([PROFILE_SCOPES.read])
  duplicateCandidate(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<DuplicateCandidate | null> {
    this.profiles.assertMayRead(context.principal);
    return this.queue.findOne(id);
  }

  @Mutation(() => DuplicateScanResult, { description: 'Rebuilds the duplicates queue from every profile’s blocking keys.' })
  @RequiresScopes([PROFILE_SCOPES.merge])
  @AuditedMutation('DuplicateCandidate')
  scanForDuplicates(@Ctx() context: SubgraphContext): Promise<DuplicateScanResult> {
    this.profiles.assertMayRead(context.principal);
    return this.scanner.scan();
  }

  @Mutation(() => DuplicateCandidate, { description: 'Not the same traveller: the pair stays out of the queue on later scans.' })
  @RequiresScopes([PROFILE_SCOPES.merge])
  @AuditedMutation('DuplicateCandidate')
  dismissDuplicateCandidate(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<DuplicateCandidate> {
    this.profiles.assertMayRead(context.principal);
    return this.queue.dismiss(id, context.principal);
  }

  @FieldResolver(() => Profile, { nullable: true, description: 'As stored: a merged profile shows as MERGED, not as its survivor.' })
  left(@Root() candidate: DuplicateCandidate, @Ctx() context: SubgraphContext): Promise<Profile | null> {
    return this.storedProfile(candidate.leftId, context);
  }

  @FieldResolver(() => Profile, { nullable: true, description: 'As stored: a merged profile shows as MERGED, not as its survivor.' })
  right(@Root() candidate: DuplicateCandidate, @Ctx() context: SubgraphContext): Promise<Profile | null> {
    return this.storedProfile(candidate.rightId, context);
  }

  private storedProfile(id: string, context: SubgraphContext): Promise<Profile | null> {
    return context.loaders
      .get<string, Profile | null>('storedProfileById', async (ids) => byKeys(ids, await this.profiles.findByIds(ids), (profile) => profile.id))
      .load(id);
  }
}
