import { FieldViolation } from '@wayfarer/kit';
import { CampaignChannel, CampaignContent } from './campaign.types';

const PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;
const PLACEHOLDERS = new Set(['name', 'unsubscribeUrl']);
/** Four concatenated SMS parts, before the unsubscribe link is added. */
export const MAX_SMS_BODY = 612;

/** What a campaign's contents break, by field and rule: one content per language, the default among them, e-mail with a subject, SMS without, known placeholders only. */
export function contentViolations(channel: CampaignChannel, defaultLanguage: string, contents: CampaignContent[], prefix = 'input'): FieldViolation[] {
  const violations: FieldViolation[] = [];
  const seen = new Set<string>();
  contents.forEach((content, index) => {
    const field = `${prefix}.contents.${index}`;
    if (seen.has(content.language.toLowerCase()))
      violations.push({ field: `${field}.language`, rule: 'unique', message: 'has content already; one content per language' });
    seen.add(content.language.toLowerCase());
    if (channel === CampaignChannel.EMAIL && !content.subject)
      violations.push({ field: `${field}.subject`, rule: 'subjectRequired', message: 'is required for e-mail' });
    if (channel === CampaignChannel.SMS && content.subject)
      violations.push({ field: `${field}.subject`, rule: 'noSubjectForSms', message: 'is not sent by SMS; leave it out' });
    if (channel === CampaignChannel.SMS && content.body.length > MAX_SMS_BODY)
      violations.push({ field: `${field}.body`, rule: 'maxLength', message: `is at most ${MAX_SMS_BODY} characters by SMS` });
    for (const [part, text] of [
      ['subject', content.subject ?? ''],
      ['body', content.body],
    ] as const) {
      for (const [, name] of text.matchAll(PLACEHOLDER)) {
        if (!PLACEHOLDERS.has(name))
          violations.push({
            field: `${field}.${part}`,
            rule: 'knownPlaceholders',
            message: `{{${name}}} is not a placeholder; use {{name}} or {{unsubscribeUrl}}`,
          });
      }
    }
  });
  if (!seen.has(defaultLanguage.toLowerCase()))
    violations.push({ field: `${prefix}.defaultLanguage`, rule: 'hasContent', message: 'must be the language of one of the contents' });
  return violations;
}

/** The traveller's preferred language, else its primary language (zh-CN reads zh), else the campaign's default. */
export function contentFor(contents: CampaignContent[], defaultLanguage: string, preferred: string | null): CampaignContent {
  const find = (language: string) => contents.find((content) => content.language.toLowerCase() === language.toLowerCase());
  return (preferred && (find(preferred) ?? find(preferred.split('-')[0]))) || find(defaultLanguage)!;
}

/** The template filled in for one traveller; the unsubscribe link is added at the end unless the template placed it. */
export function render(
  channel: CampaignChannel,
  content: CampaignContent,
  values: { name: string; unsubscribeUrl: string },
): { subject: string | null; body: string } {
  const fill = (template: string) => template.replace(PLACEHOLDER, (_match, name: 'name' | 'unsubscribeUrl') => values[name]);
  const placed = /\{\{\s*unsubscribeUrl\s*\}\}/.test(content.body);
  const footer = channel === CampaignChannel.EMAIL ? `\n\n--\nUnsubscribe: ${values.unsubscribeUrl}\n` : ` Stop: ${values.unsubscribeUrl}`;
  return { subject: content.subject === null ? null : fill(content.subject), body: fill(content.body) + (placed ? '' : footer) };
}
