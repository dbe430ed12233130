import { Matches } from 'class-validator';

/**
 * A team, as a code until teams have a model of their own: upper-case letters, digits, `_` and `-`,
 * starting with a letter.
 */
export const TeamCode = (): PropertyDecorator =>
  Matches(/^[A-Z][A-Z0-9_-]{0,39}$/, { message: 'must be a team code (A–Z, 0–9, _ and -, starting with a letter, at most 40)' });
