import type { ProfileSummary } from './profiles-summary';

export type SummaryLanguage = 'en' | 'zh';

const TEXT = {
  en: {
    subject: 'Please check the details we hold about you',
    greeting: (name: string) => `Dear ${name},`,
    intro: 'This is what we hold in your traveller profile. Please check it and confirm it, or tell us what to correct, using this link:',
    expires: (date: string) => `The link can be used until ${date}.`,
    emails: 'E-mail addresses',
    phones: 'Telephone numbers',
    addresses: 'Postal addresses',
    preferences: 'Travel preferences',
    documents: 'Travel documents (numbers partly hidden)',
    consents: 'Your consents',
    none: '(none)',
    granted: 'given',
    refused: 'refused',
    validUntil: 'valid until',
  },
  zh: {
    subject: '请核对我们保存的您的个人资料',
    greeting: (name: string) => `尊敬的${name}：`,
    intro: '以下是您的旅客资料。请核对并确认，或通过此链接告诉我们需要更正的内容：',
    expires: (date: string) => `此链接在 ${date} 之前有效。`,
    emails: '电子邮件地址',
    phones: '电话号码',
    addresses: '邮寄地址',
    preferences: '旅行偏好',
    documents: '旅行证件（号码已部分隐藏）',
    consents: '您的同意事项',
    none: '（无）',
    granted: '已同意',
    refused: '已拒绝',
    validUntil: '有效期至',
  },
} as const;

/** Simplified Chinese for a traveller who prefers Chinese (zh, zh-CN, zh-Hans…), English for everyone else. */
export const summaryLanguage = (preferred: string | null): SummaryLanguage => (preferred?.toLowerCase().split('-')[0] === 'zh' ? 'zh' : 'en');

/** The summary as a readable plain-text e-mail in the traveller's language, with the confirmation link. */
export function profileSummaryMail(summary: ProfileSummary, language: SummaryLanguage, link: string, expiresAt: Date): { subject: string; text: string } {
  const t = TEXT[language];
  const section = (title: string, lines: string[]) => [title, ...(lines.length ? lines.map((line) => `  - ${line}`) : [`  ${t.none}`]), ''];
  const text = [
    t.greeting(summary.fullName),
    '',
    t.intro,
    link,
    t.expires(expiresAt.toISOString().slice(0, 10)),
    '',
    ...section(t.emails, summary.emails),
    ...section(t.phones, summary.phones),
    ...section(t.addresses, summary.postalAddresses),
    ...section(
      t.preferences,
      summary.preferences.map((preference) => `${preference.category}: ${preference.value} (${preference.stance})`),
    ),
    ...section(
      t.documents,
      summary.documents.map((document) => `${document.kind} ${document.country} ${document.maskedNumber}, ${t.validUntil} ${document.validUntil}`),
    ),
    ...section(
      t.consents,
      summary.consents.map((consent) => `${consent.purpose}: ${consent.granted ? t.granted : t.refused} (${consent.recordedAt.slice(0, 10)})`),
    ),
  ].join('\n');
  return { subject: t.subject, text };
}
