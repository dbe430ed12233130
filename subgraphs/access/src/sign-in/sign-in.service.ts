import { KeyObject } from 'node:crypto';
import { SESSION_TOKEN, signJwt, TooManyRequestsError, UnauthenticatedError } from '@wayfarer/kit';
import { StaffMemberService } from '../staff/staff-member.service';
import { MAX_PASSWORD_LENGTH, verifyPassword } from '../staff/password';
import { SignInLimiter, FailureLimit } from './sign-in-limiter';
import { SignInResult } from './sign-in-result.type';

const WINDOW_MS = 15 * 60 * 1000;
const PER_USERNAME: FailureLimit = { maxFailures: 5, windowMs: WINDOW_MS };
const PER_CLIENT_IP: FailureLimit = { maxFailures: 20, windowMs: WINDOW_MS };

export const WRONG_CREDENTIALS = 'Wrong username or password';

export interface SignInAttempt {
  username: string;
  password: string;
  clientIp?: string;
}

/** Raised with the account it concerned, if any, so the attempt can be audited against it. */
export class SignInRefused extends Error {
  constructor(
    readonly reason: UnauthenticatedError | TooManyRequestsError,
    readonly staffMemberId: string | null,
  ) {
    super(reason.message);
  }
}

export class SignInService {
  private readonly limiter = new SignInLimiter();

  constructor(
    private readonly staffMembers: StaffMemberService,
    /** Resolved per call: the key is read in `prepare`, after the schema exists. */
    private readonly sessionKey: () => KeyObject,
  ) {}

  async signIn({ username, password, clientIp }: SignInAttempt): Promise<SignInResult> {
    const usernameKey = `username:${username.toLowerCase()}`;
    const ipKey = clientIp ? `ip:${clientIp}` : null;
    const retryAfter = Math.max(this.limiter.retryAfterSeconds(usernameKey, PER_USERNAME), ipKey ? this.limiter.retryAfterSeconds(ipKey, PER_CLIENT_IP) : 0);
    if (retryAfter > 0) {
      throw new SignInRefused(new TooManyRequestsError(`Too many failed sign-ins; try again in ${retryAfter} seconds`, retryAfter), null);
    }

    const staffMember = password.length <= MAX_PASSWORD_LENGTH ? await this.staffMembers.findByUsername(username) : null;
    const passwordMatches = await verifyPassword(staffMember?.passwordHash ?? null, password.slice(0, MAX_PASSWORD_LENGTH));
    if (!staffMember || !passwordMatches || !staffMember.active) {
      this.limiter.recordFailure(usernameKey, PER_USERNAME);
      if (ipKey) this.limiter.recordFailure(ipKey, PER_CLIENT_IP);
      throw new SignInRefused(new UnauthenticatedError(WRONG_CREDENTIALS), staffMember?.id ?? null);
    }
    this.limiter.forget(usernameKey);

    const now = new Date();
    await this.staffMembers.recordSignIn(staffMember.id, now);
    staffMember.lastSignInAt = now;
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = issuedAt + SESSION_TOKEN.lifetimeSeconds;
    const scopes = staffMember.scopes;
    const token = signJwt(
      {
        iss: SESSION_TOKEN.issuer,
        aud: SESSION_TOKEN.audience,
        sub: staffMember.id,
        kind: 'staff',
        name: staffMember.username,
        roles: staffMember.roles,
        scopes,
        iat: issuedAt,
        // To the millisecond, so a change to the staff member in the same second still ends this session.
        iatMs: now.getTime(),
        exp: expiresAt,
      },
      this.sessionKey(),
    );
    return Object.assign(new SignInResult(), { token, expiresAt: new Date(expiresAt * 1000), staffMember, roles: staffMember.roles, scopes });
  }
}
