export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'TOO_MANY_REQUESTS';

export interface FieldViolation {
  /** Dotted path of the input field, e.g. `input.emails.0.address`. */
  field: string;
  /** The rule that failed, e.g. `isE164`, `maxLength`. */
  rule: string;
  message: string;
}

/** An error a caller can act on; its code and details reach the client, nothing else does. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super('NOT_FOUND', `${entity} ${id} was not found`, { entity, id });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}

export class StaleVersionError extends ConflictError {
  constructor(entity: string, id: string, expectedVersion: number, currentVersion: number | null) {
    super(
      `${entity} ${id} was changed by someone else (you edited version ${expectedVersion}, it is now ${currentVersion ?? 'gone'}); reload and apply your changes again`,
      { entity, id, expectedVersion, currentVersion },
    );
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this') {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first') {
    super('UNAUTHENTICATED', message);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(message: string, retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', message, { retryAfterSeconds });
  }
}

export class ValidationFailedError extends DomainError {
  constructor(readonly violations: FieldViolation[]) {
    super('BAD_USER_INPUT', violations.map((violation) => `${violation.field}: ${violation.message}`).join('; '), { violations });
  }

  static single(field: string, rule: string, message: string): ValidationFailedError {
    return new ValidationFailedError([{ field, rule, message }]);
  }
}
