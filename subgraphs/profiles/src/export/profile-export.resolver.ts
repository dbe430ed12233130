import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { DomainError, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { ProfileExportService } from './profile-export.service';
import { ProfileExportArgs, ProfileExportFile } from './profile-export.args';

export const EXPORT_SCOPE = 'profiles:export';
const OPERATION = 'exportProfiles';
/** Subjects per audit event, so a large export's events stay well under the audit log's limits. */
const AUDIT_SUBJECTS_PER_EVENT = 1_000;

@Resolver()
export class ProfileExportResolver {
  constructor(private readonly exports: ProfileExportService) {}

  @Query(() => ProfileExportFile, { description: 'The travellers the `profiles` list would show for this filter, as a CSV or JSON file; capped in size.' })
  @RequiresScopes([EXPORT_SCOPE])
  async exportProfiles(@Args() args: ProfileExportArgs, @Ctx() context: SubgraphContext): Promise<ProfileExportFile> {
    try {
      const { file, profileIds } = await this.exports.export(args, context.principal);
      for (let start = 0; start === 0 || start < profileIds.length; start += AUDIT_SUBJECTS_PER_EVENT) {
        context.audit.change(OPERATION, 'Profile', profileIds.slice(start, start + AUDIT_SUBJECTS_PER_EVENT), file.fields);
      }
      return file;
    } catch (error) {
      context.audit.change(OPERATION, 'Profile', [], [], error instanceof DomainError ? error.code : 'INTERNAL');
      throw error;
    }
  }
}
