import { randomBytes } from 'node:crypto';
import { FieldCipher, maskTail, parseFieldKeys } from './field-cipher';

describe('FieldCipher', () => {
  const oldKey = { id: 'k1', key: randomBytes(32) };
  const newKey = { id: 'k2', key: randomBytes(32) };

  it('round-trips and never repeats a ciphertext', () => {
    const cipher = new FieldCipher(newKey);
    const first = cipher.encrypt('X1234567');
    expect(first).not.toContain('1234567');
    expect(cipher.encrypt('X1234567')).not.toBe(first);
    expect(cipher.decrypt(first)).toBe('X1234567');
  });

  it('decrypts rows written with an older key after rotation', () => {
    const stored = new FieldCipher(oldKey).encrypt('P9876543');
    const rotated = new FieldCipher(newKey, [oldKey]);
    expect(rotated.decrypt(stored)).toBe('P9876543');
    expect(rotated.keyIdOf(rotated.encrypt('P9876543'))).toBe('k2');
  });

  it('detects tampering', () => {
    const cipher = new FieldCipher(newKey);
    const [id, iv, tag, sealed] = cipher.encrypt('X1234567').split(':');
    const flipped = Buffer.from(sealed, 'base64url');
    flipped[0] ^= 1;
    expect(() => cipher.decrypt([id, iv, tag, flipped.toString('base64url')].join(':'))).toThrow();
  });

  it('parses key lists and masks', () => {
    const parsed = parseFieldKeys(`k2:${newKey.key.toString('base64')},k1:${oldKey.key.toString('base64')}`);
    expect(parsed.active.id).toBe('k2');
    expect(parsed.older.map((key) => key.id)).toEqual(['k1']);
    expect(() => parseFieldKeys('k1:short')).toThrow('32 bytes');
    expect(maskTail('X1234567')).toBe('•••••567');
  });
});
