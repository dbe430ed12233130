import type { StaffPermissions } from './scopes';

export interface StaffSession extends StaffPermissions {
  token: string;
  expiresAt: string;
  staffId: string;
  username: string;
  displayName: string;
}

const SESSION_KEY = 'wayfarer.session';

export const readSession = (): StaffSession | null => {
  const stored = localStorage.getItem(SESSION_KEY);
  if (!stored) return null;
  try {
    return JSON.parse(stored) as StaffSession;
  } catch {
    return null;
  }
};

export const writeSession = (session: StaffSession): void => {
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
};

export const clearSession = (): void => {
  localStorage.removeItem(SESSION_KEY);
};

export const isSessionValid = (session: StaffSession | null, now = Date.now()): session is StaffSession =>
  session !== null && Boolean(session.token) && Date.parse(session.expiresAt) > now;
