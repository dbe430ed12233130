import { DataSource, IsNull } from 'typeorm';
import { ProfilesServices } from '../profiles.feature';
import { Profile, ProfileStatus } from '../profile/profile.entity';
import { TravelPreference } from '../preferences/travel-preference.entity';
import { ConsentRecord } from '../consent/consent-record.entity';
import { ProfileSummary } from './profile-summary.types';

/** A traveller's profile summarised for them, and who among travellers holds an e-mail address. */
export class ProfileSummaryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: ProfilesServices['documents'],
  ) {}

  /** Null for an unknown, erased or merged traveller: there is nothing of theirs to agree. */
  async summary(profileId: string): Promise<ProfileSummary | null> {
    const profile = await this.dataSource.getRepository(Profile).findOneBy({ id: profileId });
    if (!profile || profile.status === ProfileStatus.ERASED || profile.status === ProfileStatus.MERGED) return null;
    const manager = this.dataSource.manager;
    const [preferences, consents, passports, visas] = await Promise.all([
      manager.getRepository(TravelPreference).find({ where: { profileId, special: false }, order: { position: 'ASC' } }),
      manager.getRepository(ConsentRecord).find({ where: { profileId, withdrawnAt: IsNull() }, order: { purpose: 'ASC', recordedAt: 'ASC' } }),
      this.documents.passports.findByProfileIds(manager, [profileId]),
      this.documents.visas.findByProfileIds(manager, [profileId]),
    ]);
    const masked = this.documents.passports.numbers;
    return {
      profileId,
      fullName: profile.fullName,
      preferredLanguage: profile.preferredLanguage,
      emails: [...profile.emails].sort((a, b) => Number(b.isDefault) - Number(a.isDefault)).map((email) => email.address),
      phones: profile.phones.map((phone) => phone.number),
      postalAddresses: profile.addresses.map((address) =>
        [...address.lines, address.city, address.region, address.postalCode, address.countryCode].filter(Boolean).join(', '),
      ),
      preferences: preferences.map(({ category, value, stance }) => ({ category, value, stance })),
      documents: [
        ...passports.map((passport) => ({
          kind: 'passport',
          country: passport.issuingCountry,
          maskedNumber: masked.masked(passport),
          validUntil: passport.expiryDate,
        })),
        ...visas.map((visa) => ({ kind: 'visa', country: visa.country, maskedNumber: masked.masked(visa), validUntil: visa.validUntil })),
      ],
      consents: consents.map(({ purpose, granted, recordedAt }) => ({ purpose, granted, recordedAt })),
    };
  }

  /** Active travellers whose default e-mail is this address (stored lower case, as the list search matches it). */
  async travellersWithEmail(address: string): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(Profile)
      .find({ where: { emailKey: address.trim().toLowerCase(), status: ProfileStatus.ACTIVE }, select: { id: true }, order: { id: 'ASC' }, take: 10 });
    return rows.map((row) => row.id);
  }
}
