import { print } from 'graphql';
import type { AuthProvider } from 'react-admin';
import { SignInDocument, type SignInMutation, type SignInMutationVariables } from '../graphql/generated';
import type { StaffPermissions } from './scopes';
import { serverText } from '../dataProvider/errors';
import { i18nProvider } from '../i18n/i18nProvider';
import { clearSession, isSessionValid, readSession, writeSession } from './session';

interface SignInResponse {
  data?: SignInMutation | null;
  errors?: { message: string; extensions?: { code?: string; [detail: string]: unknown } }[];
}

const signIn = async (variables: SignInMutationVariables): Promise<SignInMutation['signIn']> => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ operationName: 'SignIn', query: print(SignInDocument), variables }),
  });
  const body = (await response.json().catch(() => null)) as SignInResponse | null;
  // The API's message already says what went wrong (wrong credentials, too many attempts) without revealing which part.
  const error = body?.errors?.[0];
  if (error) throw new Error(serverText(i18nProvider.translate, [`wayfarer.server.codes.${error.extensions?.code}`], error.extensions ?? {}, error.message));
  if (!response.ok || !body?.data?.signIn) throw new Error('ra.auth.sign_in_error');
  return body.data.signIn;
};

export const authProvider: AuthProvider = {
  login: async ({ username, password }: { username: string; password: string }) => {
    const result = await signIn({ username, password });
    writeSession({
      token: result.token,
      expiresAt: result.expiresAt,
      roles: result.roles,
      scopes: result.scopes,
      staffId: result.staffMember.id,
      username: result.staffMember.username,
      displayName: result.staffMember.displayName,
    });
  },
  logout: async () => {
    clearSession();
  },
  checkAuth: async () => {
    if (!isSessionValid(readSession())) {
      clearSession();
      throw new Error('ra.auth.auth_check_error');
    }
  },
  checkError: async (error: { status?: number }) => {
    if (error?.status === 401) {
      clearSession();
      throw new Error('wayfarer.errors.unauthenticated');
    }
  },
  getIdentity: async () => {
    const session = readSession();
    if (!session) throw new Error('ra.auth.auth_check_error');
    return { id: session.staffId, fullName: session.displayName || session.username, username: session.username };
  },
  getPermissions: async (): Promise<StaffPermissions> => {
    const session = readSession();
    return { roles: session?.roles ?? [], scopes: session?.scopes ?? [] };
  },
};
