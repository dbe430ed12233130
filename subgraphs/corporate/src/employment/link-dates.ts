import type { Employment } from './employment.entity';

/** Today's date (UTC), the day links and policy versions are judged on unless another is given. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export const isCurrent = (employment: Employment, on: string): boolean =>
  employment.validFrom <= on && (employment.validTo === null || employment.validTo >= on);

/** Links that give the account's partners access: current ones and those starting later. */
export const isLive = (employment: Employment, on: string): boolean => employment.validTo === null || employment.validTo >= on;
