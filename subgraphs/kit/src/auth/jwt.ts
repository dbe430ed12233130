import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, sign, verify } from 'node:crypto';

/** Compact JWS with EdDSA (Ed25519) from Node's own crypto: one algorithm, no negotiation. */
const HEADER = Buffer.from(JSON.stringify({ alg: 'EdDSA', typ: 'JWT' })).toString('base64url');

export interface JwtClaims {
  iss: string;
  aud: string;
  sub: string;
  iat: number;
  exp: number;
  [claim: string]: unknown;
}

export class InvalidTokenError extends Error {}

export function signJwt(claims: JwtClaims, privateKey: KeyObject): string {
  const body = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${body}.${sign(null, Buffer.from(body), privateKey).toString('base64url')}`;
}

export function verifyJwt(token: string, publicKey: KeyObject, expected: { audience: string; issuer: string; now?: number }): JwtClaims {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== HEADER) throw new InvalidTokenError('malformed token');
  const valid = verify(null, Buffer.from(`${parts[0]}.${parts[1]}`), publicKey, Buffer.from(parts[2], 'base64url'));
  if (!valid) throw new InvalidTokenError('bad signature');
  let claims: JwtClaims;
  try {
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    throw new InvalidTokenError('malformed claims');
  }
  const now = expected.now ?? Math.floor(Date.now() / 1000);
  if (claims.aud !== expected.audience) throw new InvalidTokenError('wrong audience');
  if (claims.iss !== expected.issuer) throw new InvalidTokenError('wrong issuer');
  if (typeof claims.exp !== 'number' || claims.exp < now) throw new InvalidTokenError('expired');
  return claims;
}

export const publicKeyFromPem = (pem: string): KeyObject => createPublicKey(pem);
export const privateKeyFromPem = (pem: string): KeyObject => createPrivateKey(pem);

export function generateSigningKeyPair(): { publicKeyPem: string; privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}
