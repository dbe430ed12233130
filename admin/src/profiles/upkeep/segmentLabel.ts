import type { TranslateFunction } from 'react-admin';

/** "region:europe" → "Region: Europe", from en.ts, falling back to the raw name for a segment the console does not know yet. */
export const segmentLabel = (translate: TranslateFunction, segment: string): string =>
  translate(`resources.profileUpkeep.segments.${segment.replace(':', '_')}`, { _: segment });
