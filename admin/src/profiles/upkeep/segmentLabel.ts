import type { TranslateFunction } from 'react-admin';

/** Tiers are the scheme's own, configured by staff: their segments (`loyalty:silver-plus`) are labelled from the code. */
const LOYALTY_TIER = /^loyalty:(?!member$)(.+)$/;

const tierName = (code: string): string => code.replace(/-/g, ' ').replace(/\b\w/g, (letter) => letter.toUpperCase());

/** "region:europe" → "Region: Europe", from en.ts, falling back to the raw name for a segment the console does not know yet. */
export const segmentLabel = (translate: TranslateFunction, segment: string): string => {
  const tier = LOYALTY_TIER.exec(segment);
  if (tier) return translate('resources.profileUpkeep.segments.loyaltyTier', { tier: tierName(tier[1]), _: segment });
  return translate(`resources.profileUpkeep.segments.${segment.replace(':', '_')}`, { _: segment });
};
