export const profileStatusChoices = [
  { id: 'ACTIVE', name: 'resources.profiles.status.ACTIVE' },
  { id: 'ARCHIVED', name: 'resources.profiles.status.ARCHIVED' },
  { id: 'MERGED', name: 'resources.profiles.status.MERGED' },
  { id: 'ERASED', name: 'resources.profiles.status.ERASED' },
];

export const contactTypeChoices = [
  { id: 'PERSONAL', name: 'resources.profiles.contactType.PERSONAL' },
  { id: 'WORK', name: 'resources.profiles.contactType.WORK' },
  { id: 'OTHER', name: 'resources.profiles.contactType.OTHER' },
];

export const addressTypeChoices = [
  { id: 'HOME', name: 'resources.profiles.addressType.HOME' },
  { id: 'WORK', name: 'resources.profiles.addressType.WORK' },
  { id: 'BILLING', name: 'resources.profiles.addressType.BILLING' },
  { id: 'OTHER', name: 'resources.profiles.addressType.OTHER' },
];
