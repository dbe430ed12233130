import { ClassType } from 'type-graphql';
import { EncryptedNumberColumns, encryptedNumberResolver } from '@wayfarer/kit';
import { PROFILE_SCOPES } from '../profile/profile.scopes';

/** `numberMasked` and `number` for one document type; call once per type at module level. */
export function documentNumberResolver<T extends EncryptedNumberColumns>(type: ClassType<T>, label: string) {
  return encryptedNumberResolver(type, {
    masked: `The ${label} number's last characters only; readable by everyone who may read the profile.`,
    full: `The full ${label} number; needs profiles.documents:read.`,
    revealScope: PROFILE_SCOPES.readDocuments,
  });
}
