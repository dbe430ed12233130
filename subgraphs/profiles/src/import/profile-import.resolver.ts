import { Arg, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { AuditedMutation, ListResult, PageInput, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { ProfileImportJob } from './profile-import-job.entity';
import { ProfileImportRejection } from './profile-import-rejection.entity';
import { ProfileImportService } from './profile-import.service';
import { AppendProfileImportRowsInput, StartProfileImportInput } from './profile-import.input';
import { IMPORT_COLUMNS } from './profile-import-columns';

export const IMPORT_SCOPE = 'profiles:import';

@ObjectType()
export class ProfileImportRejectionList extends ListResult(ProfileImportRejection) {}

@Resolver(() => ProfileImportJob)
export class ProfileImportResolver {
  constructor(private readonly imports: ProfileImportService) {}

  @Query(() => [String], { description: 'The columns a traveller CSV may have, in the order of the template.' })
  @RequiresScopes([IMPORT_SCOPE])
  profileImportColumns(): string[] {
    return IMPORT_COLUMNS.map((column) => column.name);
  }

  @Query(() => ProfileImportJob, { nullable: true })
  @RequiresScopes([IMPORT_SCOPE])
  profileImport(@Arg('id', () => ID) id: string): Promise<ProfileImportJob | null> {
    return this.imports.find(id);
  }

  @FieldResolver(() => ProfileImportRejectionList, { description: 'Why rows were rejected, by line.' })
  async rejections(@Root() job: ProfileImportJob, @Arg('page', () => PageInput, { nullable: true }) page?: PageInput): Promise<ProfileImportRejectionList> {
    return ProfileImportRejectionList.of(await this.imports.rejections(job.id, page ?? { limit: 25 }));
  }

  @Mutation(() => ProfileImportJob, { description: 'Starts a CSV import (or a dry run); then send the rows with appendProfileImportRows.' })
  @RequiresScopes([IMPORT_SCOPE])
  @AuditedMutation('ProfileImport')
  startProfileImport(@Arg('input') input: StartProfileImportInput, @Ctx() context: SubgraphContext): Promise<ProfileImportJob> {
    return this.imports.start(input, context.principal);
  }

  @Mutation(() => ProfileImportJob, { description: 'Checks a chunk of rows and stores the good ones (unless a dry run) in one transaction.' })
  @RequiresScopes([IMPORT_SCOPE])
  @AuditedMutation('ProfileImport')
  appendProfileImportRows(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: AppendProfileImportRowsInput,
    @Ctx() context: SubgraphContext,
  ): Promise<ProfileImportJob> {
    return this.imports.append(id, input, context.principal);
  }

  @Mutation(() => ProfileImportJob)
  @RequiresScopes([IMPORT_SCOPE])
  @AuditedMutation('ProfileImport')
  finishProfileImport(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<ProfileImportJob> {
    return this.imports.finish(id, context.principal);
  }
}
