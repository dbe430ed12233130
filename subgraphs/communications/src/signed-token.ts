import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Tokens for links sent to travellers (unsubscribe, profile confirmation): the fields and an expiry,
 * signed with HMAC-SHA-256 under a purpose, so nobody can make one for another traveller, stretch
 * its life or use one purpose's token for another.
 */
export class SignedTokens {
  constructor(
    private readonly secret: string,
    private readonly purpose: string,
  ) {}

  sign(fields: (string | number)[], expiresAt: number): string {
    const payload = Buffer.from(JSON.stringify([...fields, expiresAt])).toString('base64url');
    return `${payload}.${this.signature(payload)}`;
  }

  /** The fields of a genuine token that has not expired, without the expiry; null for anything else. */
  verify(token: string, now = Date.now()): unknown[] | null {
    const [payload, signature, ...rest] = token.split('.');
    if (!payload || !signature || rest.length) return null;
    const expected = Buffer.from(this.signature(payload));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    let fields: unknown;
    try {
      fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    if (!Array.isArray(fields) || !fields.length) return null;
    const expiresAt: unknown = fields[fields.length - 1];
    if (typeof expiresAt !== 'number' || expiresAt <= now) return null;
    return fields.slice(0, -1);
  }

  private signature(payload: string): string {
    return createHmac('sha256', this.secret).update(`${this.purpose}.${payload}`).digest('base64url');
  }
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
