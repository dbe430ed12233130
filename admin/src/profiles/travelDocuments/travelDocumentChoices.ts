import type { VisaEntryType } from '../../graphql/generated';

const ENTRY_TYPES: readonly VisaEntryType[] = ['SINGLE', 'DOUBLE', 'MULTIPLE', 'ESTA', 'ETA', 'SCHENGEN'];

export const entryTypeChoices = ENTRY_TYPES.map((id) => ({ id, name: `resources.profileDocuments.entryType.${id}` }));
