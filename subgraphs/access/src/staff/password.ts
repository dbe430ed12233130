import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/** OWASP's argon2id baseline: 19 MiB, 2 passes. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, OPTIONS);

/** Made once at start-up, of a password nobody knows, with the same cost as real hashes. */
const dummyHash = hashPassword(randomBytes(32).toString('base64url'));

/**
 * Checks a password against a stored hash, or against the dummy hash when there is no
 * account, so an unknown username takes as long as a wrong password.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  const matches = await argon2.verify(storedHash ?? (await dummyHash), password).catch(() => false);
  return storedHash !== null && matches;
}
