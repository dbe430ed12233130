import { generateSigningKeyPair, privateKeyFromPem, publicKeyFromPem, signJwt, verifyJwt } from './jwt';
import { hasScopes, InternalTokenVerifier, signInternalToken, verifyInternalToken, Principal } from './principal';
import { createServiceToken, verifyServiceToken } from './service-token';

const keys = generateSigningKeyPair();
const agent: Principal = { id: 'u1', kind: 'staff', roles: ['agent'], scopes: ['profiles:read', 'profiles:write'], client: 'console' };

describe('internal token', () => {
  it('carries the principal from gateway to subgraph', () => {
    const token = signInternalToken(agent, privateKeyFromPem(keys.privateKeyPem));
    expect(verifyInternalToken(token, publicKeyFromPem(keys.publicKeyPem))).toEqual({ ...agent, accountIds: undefined });
  });

  it('is refused when signed by another key, expired or tampered with', () => {
    const other = generateSigningKeyPair();
    const publicKey = publicKeyFromPem(keys.publicKeyPem);
    expect(() => verifyInternalToken(signInternalToken(agent, privateKeyFromPem(other.privateKeyPem)), publicKey)).toThrow('bad signature');
    expect(() => verifyInternalToken(signInternalToken(agent, privateKeyFromPem(keys.privateKeyPem), 1000), publicKey)).toThrow('expired');
    const [header, , signature] = signInternalToken(agent, privateKeyFromPem(keys.privateKeyPem)).split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'u1', scopes: ['access:admin'] })).toString('base64url');
    expect(() => verifyInternalToken(`${header}.${forged}.${signature}`, publicKey)).toThrow('bad signature');
  });

  it('checks audience and issuer', () => {
    const now = Math.floor(Date.now() / 1000);
    const token = signJwt({ iss: 'someone', aud: 'else', sub: 'x', iat: now, exp: now + 60 }, privateKeyFromPem(keys.privateKeyPem));
    expect(() => verifyJwt(token, publicKeyFromPem(keys.publicKeyPem), { audience: 'wayfarer-subgraph', issuer: 'someone' })).toThrow('wrong audience');
  });
});

describe('InternalTokenVerifier', () => {
  it('stops accepting a remembered token once it expires', () => {
    const verifier = new InternalTokenVerifier(publicKeyFromPem(keys.publicKeyPem));
    const issuedAt = Math.floor(Date.now() / 1000);
    const token = signInternalToken(agent, privateKeyFromPem(keys.privateKeyPem), issuedAt);
    expect(verifier.verify(token, issuedAt)?.id).toBe('u1');
    expect(verifier.verify(token, issuedAt + 59)?.id).toBe('u1');
    expect(verifier.verify(token, issuedAt + 61)).toBeNull();
    expect(verifier.verify('not.a.token', issuedAt)).toBeNull();
  });
});

describe('hasScopes', () => {
  it('needs one group in full', () => {
    expect(hasScopes(agent, [['profiles:read', 'profiles:write']])).toBe(true);
    expect(hasScopes(agent, [['profiles:read', 'audit:read']])).toBe(false);
    expect(hasScopes(agent, [['audit:read'], ['profiles:write']])).toBe(true);
  });
});

describe('service token', () => {
  it('names the service while fresh and with the right secret', () => {
    const token = createServiceToken('profiles', 'secret', 1000);
    expect(verifyServiceToken(token, 'secret', 1030)).toBe('profiles');
    expect(verifyServiceToken(token, 'secret', 1100)).toBeNull();
    expect(verifyServiceToken(token, 'other', 1000)).toBeNull();
    expect(verifyServiceToken(token.replace('profiles', 'access'), 'secret', 1000)).toBeNull();
  });
});
