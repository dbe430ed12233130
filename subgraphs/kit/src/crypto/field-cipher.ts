import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for values encrypted at rest (document numbers). Each ciphertext names the
 * key that made it, so keys can be rotated: new writes use the active key, old rows still
 * decrypt with theirs. A keyed hash of the normalised value allows exact search and
 * duplicate detection without the clear value.
 */
export interface FieldKey {
  id: string;
  key: Buffer;
}

export class FieldCipher {
  private readonly keys: Map<string, Buffer>;

  constructor(
    private readonly active: FieldKey,
    older: FieldKey[] = [],
    private readonly hashKey: Buffer = active.key,
  ) {
    if (active.key.length !== 32) throw new Error('field encryption keys must be 32 bytes');
    this.keys = new Map([...older, active].map((entry) => [entry.id, entry.key]));
  }

  /** `keyId:iv:tag:ciphertext`, base64url parts. */
  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.active.key, iv);
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [this.active.id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join(':');
  }

  decrypt(stored: string): string {
    const [keyId, iv, tag, sealed] = stored.split(':');
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`no field key with id ${keyId}`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
  }

  keyIdOf(stored: string): string {
    return stored.split(':')[0];
  }

  blindIndex(normalised: string): string {
    return createHmac('sha256', this.hashKey).update(normalised).digest('base64url');
  }
}

/** Parses `id:base64key[,id:base64key...]`; the first is the active key. */
export function parseFieldKeys(value: string): { active: FieldKey; older: FieldKey[] } {
  const keys = value.split(',').map((entry) => {
    const [id, encoded] = entry.trim().split(':');
    const key = Buffer.from(encoded ?? '', 'base64');
    if (!id || key.length !== 32) throw new Error('each field key is id:base64 of 32 bytes');
    return { id, key };
  });
  return { active: keys[0], older: keys.slice(1) };
}

export function maskTail(value: string, visible = 3): string {
  const tail = value.slice(-visible);
  return `${'•'.repeat(Math.max(value.length - visible, 3))}${tail}`;
}
