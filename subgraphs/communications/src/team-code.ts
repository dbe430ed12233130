import { Matches } from 'class-validator';

export const TEAM_CODE_MAX_LENGTH = 40;

/**
 * A team, as a code until teams have a model of their own: upper-case letters, digits, `_` and `-`,
 * starting with a letter. The one rule for every team field (undertakings, complaints, referrals).
 */
export const TeamCode = (): PropertyDecorator =>
  Matches(new RegExp(`^[A-Z][A-Z0-9_-]{0,${TEAM_CODE_MAX_LENGTH - 1}}$`), {
    message: `must be a team code (A–Z, 0–9, _ and -, starting with a letter, at most ${TEAM_CODE_MAX_LENGTH})`,
  });
