import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AuditedMutation, ForbiddenError, PageInput, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventInput } from './audit-event.input';
import { AuditEventFilter, AuditEventList, AuditEventSort } from './audit-event-list.args';
import { AuditLogService } from './audit-log.service';

@Resolver(() => AuditEventEntity)
export class AuditEventResolver {
  constructor(private readonly auditLog: AuditLogService) {}

  @Query(() => AuditEventList)
  @RequiresScopes(['audit:read'])
  auditEvents(
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
    @Arg('sort', () => AuditEventSort, { nullable: true }) sort?: AuditEventSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<AuditEventList> {
    return this.auditLog.list(filter ?? undefined, sort ?? undefined, page ?? undefined);
  }

  @Query(() => AuditEventEntity, { nullable: true })
  @RequiresScopes(['audit:read'])
  auditEvent(@Arg('id', () => ID) id: string): Promise<AuditEventEntity | null> {
    return this.auditLog.findById(id);
  }

  @Mutation(() => Int, { description: 'For subgraphs (through the gateway with a service token): returns how many events were new.' })
  @RequiresScopes(['audit:write'])
  @AuditedMutation('AuditEvent')
  recordAuditEvents(@Arg('events', () => [AuditEventInput]) events: AuditEventInput[], @Ctx() { principal }: SubgraphContext): Promise<number> {
    if (principal.kind !== 'service') throw new ForbiddenError('Only services record audit events');
    if (events.some((event) => event.service !== principal.client)) throw new ForbiddenError(`A service records only its own events (${principal.client})`);
    return this.auditLog.record(events);
  }
}
