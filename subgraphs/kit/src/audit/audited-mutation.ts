import { NextFn, ResolverData, UseMiddleware } from 'type-graphql';
import { DomainError } from '../errors/domain.error';
import type { SubgraphContext } from '../server/context';

/** Records every call of a mutation, succeeded or refused: who, which records, which input fields. */
export function AuditedMutation(subjectType: string): MethodDecorator {
  return UseMiddleware(async ({ args, info, context }: ResolverData<SubgraphContext>, next: NextFn) => {
    const input = (args.input ?? {}) as Record<string, unknown>;
    const fields = Object.keys(input).filter((field) => field !== 'expectedVersion');
    const requestedId = typeof args.id === 'string' ? [args.id] : [];
    try {
      const result = await next();
      const resultId = result && typeof result === 'object' && 'id' in result ? [String(result.id)] : requestedId;
      context.audit.change(info.fieldName, subjectType, resultId, fields);
      return result;
    } catch (error) {
      context.audit.change(info.fieldName, subjectType, requestedId, fields, error instanceof DomainError ? error.code : 'INTERNAL');
      throw error;
    }
  });
}
