import { DataSource, IsNull } from 'typeorm';
import { createTransport } from 'nodemailer';
import { NotFoundError, Principal, uuid7, ValidationFailedError } from '@wayfarer/kit';
import type { CommunicationsSettings } from '../communications.config';
import { SignedTokens, UUID } from '../signed-token';
import { UndertakingService } from '../undertakings/undertaking.service';
import { ProfileSummaryRequest } from './profile-summary-request.entity';
import { ProfilesSummary } from './profiles-summary';
import { profileSummaryMail, summaryLanguage } from './profile-summary-mail';

/** How long the consultant has to make the corrections the traveller asked for. */
const CORRECTION_DUE_MS = 2 * 86_400_000;
export const MAX_CORRECTION_LENGTH = 1_800;

export interface ProfileConfirmationOutcome {
  profileId: string;
  confirmed: boolean;
  correctionUndertakingId: string | null;
}

/**
 * PPLTT26 PC6 with the traveller: their profile summary e-mailed with a signed, expiring link that
 * names only this request; following it records their confirmation in profiles, and a correction
 * they ask for becomes an undertaking of the consultant who sent it.
 */
export class ProfileAgreementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: ProfilesSummary,
    private readonly undertakings: UndertakingService,
    private readonly settings: () => CommunicationsSettings,
  ) {}

  private tokens() {
    return new SignedTokens(this.settings().linkSecret, 'profile-confirmation');
  }

  async send(profileId: string, principal: Principal, now = new Date()): Promise<ProfileSummaryRequest> {
    const settings = this.settings();
    if (!settings.email) throw ValidationFailedError.single('profileId', 'emailConfigured', 'cannot be e-mailed: no SMTP server is configured (SMTP_URL)');
    const summary = await this.profiles.summary(profileId);
    if (!summary) throw new NotFoundError('Profile', profileId);
    const to = summary.emails[0];
    if (!to) throw ValidationFailedError.single('profileId', 'hasEmail', 'has no e-mail address to send the summary to');
    const language = summaryLanguage(summary.preferredLanguage);
    const request = Object.assign(new ProfileSummaryRequest(), {
      id: uuid7(),
      profileId,
      sentBy: principal.id,
      sentAt: now,
      expiresAt: new Date(now.getTime() + settings.summaryLinkLifetimeMs),
      language,
      answeredAt: null,
      correctionUndertakingId: null,
    });
    const link = `${settings.publicUrl}/profile-confirmation?token=${this.tokens().sign([request.id], request.expiresAt.getTime())}`;
    const mail = profileSummaryMail(summary, language, link, request.expiresAt);
    const transport = createTransport(settings.email.smtpUrl);
    try {
      await transport.sendMail({ from: settings.email.from, to, subject: mail.subject, text: mail.text, headers: { 'Content-Language': language } });
    } finally {
      transport.close();
    }
    // Stored once the server took the message: a request that was never sent has no link to answer.
    await this.dataSource.getRepository(ProfileSummaryRequest).insert(request);
    return request;
  }

  /** Null for a tampered, expired or already answered link: nothing is recorded. A correction means the profile is not yet agreed: it is not confirmed. */
  async answer(token: string, correction: string | null, now = new Date()): Promise<ProfileConfirmationOutcome | null> {
    const fields = this.tokens().verify(token, now.getTime());
    const requestId = fields?.length === 1 && typeof fields[0] === 'string' && UUID.test(fields[0]) ? fields[0] : null;
    if (!requestId) return null;
    const text = correction?.trim() || null;
    if (text && text.length > MAX_CORRECTION_LENGTH)
      throw ValidationFailedError.single('correction', 'maxLength', `is at most ${MAX_CORRECTION_LENGTH} characters`);
    // Claimed first, so a link followed twice at once is answered once.
    const claimed = await this.dataSource.getRepository(ProfileSummaryRequest).update({ id: requestId, answeredAt: IsNull() }, { answeredAt: now });
    if (!claimed.affected) return null;
    const request = (await this.dataSource.getRepository(ProfileSummaryRequest).findOneBy({ id: requestId }))!;
    if (!request.profileId) return null;
    try {
      const confirmed = text ? false : (await this.profiles.confirm(request.profileId)) !== null;
      const undertaking = text
        ? await this.undertakings.create(
            {
              profileId: request.profileId,
              description: `The traveller asked for corrections to the profile summary sent to them: ${text}`,
              dueAt: new Date(now.getTime() + CORRECTION_DUE_MS),
              ownerId: request.sentBy,
            },
            request.sentBy,
          )
        : null;
      if (undertaking) await this.dataSource.getRepository(ProfileSummaryRequest).update({ id: requestId }, { correctionUndertakingId: undertaking.id });
      return { profileId: request.profileId, confirmed, correctionUndertakingId: undertaking?.id ?? null };
    } catch (error) {
      // Profiles could not record it: the link stays usable.
      await this.dataSource.getRepository(ProfileSummaryRequest).update({ id: requestId }, { answeredAt: null });
      throw error;
    }
  }
}
