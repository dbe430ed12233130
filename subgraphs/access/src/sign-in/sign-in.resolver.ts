import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { SubgraphContext } from '@wayfarer/kit';
import { SignInRefused, SignInService } from './sign-in.service';
import { SignInResult } from './sign-in-result.type';

@Resolver()
export class SignInResolver {
  constructor(private readonly signIns: SignInService) {}

  /**
   * Open to anonymous callers. Audited here rather than with `AuditedMutation`, because the
   * subject is the account signed in to, which only the service knows (none for an unknown name).
   */
  @Mutation(() => SignInResult, { description: 'Exchanges a username and password for a session token.' })
  async signIn(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() { audit, clientIp }: SubgraphContext,
  ): Promise<SignInResult> {
    try {
      const result = await this.signIns.signIn({ username, password, clientIp });
      audit.change('signIn', 'StaffMember', [result.staffMember.id], []);
      return result;
    } catch (error) {
      if (!(error instanceof SignInRefused)) throw error;
      audit.change('signIn', 'StaffMember', error.staffMemberId ? [error.staffMemberId] : [], [], error.reason.code);
      throw error.reason;
    }
  }
}
