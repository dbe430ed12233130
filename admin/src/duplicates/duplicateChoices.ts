export const duplicateStatusChoices = [
  { id: 'OPEN', name: 'resources.duplicateCandidates.status.OPEN' },
  { id: 'DISMISSED', name: 'resources.duplicateCandidates.status.DISMISSED' },
  { id: 'MERGED', name: 'resources.duplicateCandidates.status.MERGED' },
];
