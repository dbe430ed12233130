import { ClassType, FieldResolver, Resolver, Root } from 'type-graphql';
import { Classification, Classified, RequiresScopes } from '@wayfarer/kit';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { DocumentNumbers, EncryptedNumberColumns } from './document-number';

/**
 * `numberMasked` and `number` for one document type. Call once per type at module level:
 * type-graphql keeps the decorators' metadata for the life of the process.
 */
export function documentNumberResolver<T extends EncryptedNumberColumns>(type: ClassType<T>, label: string) {
  @Resolver(() => type)
  class DocumentNumberResolver {
    constructor(readonly numbers: DocumentNumbers) {}

    @FieldResolver(() => String, { description: `The ${label} number's last characters only; readable by everyone who may read the profile.` })
    numberMasked(@Root() row: T): string {
      return this.numbers.masked(row);
    }

    @FieldResolver(() => String, { nullable: true, description: `The full ${label} number; needs profiles.documents:read.` })
    @RequiresScopes([PROFILE_SCOPES.readDocuments])
    @Classified(Classification.Identifier)
    number(@Root() row: T): string {
      return this.numbers.reveal(row);
    }
  }
  return DocumentNumberResolver;
}
