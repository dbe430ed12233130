import { DataSource, EntityManager } from 'typeorm';
import { inTransaction, updateWithVersion, ValidationFailedError } from '@wayfarer/kit';
import { ComplaintSeverity, ComplaintSlaPolicy, POLICY_ID, WEEKDAYS } from './complaint-sla-policy.entity';
import { UpdateComplaintSlaPolicyInput } from './complaint-sla-policy.input';

const minuteOfDay = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export class ComplaintSlaPolicyService {
  constructor(private readonly dataSource: DataSource) {}

  /** The policy the migration seeded and administrators maintain. */
  async current(manager: EntityManager = this.dataSource.manager): Promise<ComplaintSlaPolicy> {
    const policy = await manager.getRepository(ComplaintSlaPolicy).findOne({ where: { id: POLICY_ID } });
    if (!policy) throw new Error('the complaint SLA policy row is missing; its migration seeds it');
    return policy;
  }

  async update(input: UpdateComplaintSlaPolicyInput): Promise<ComplaintSlaPolicy> {
    const opensAt = minuteOfDay(input.opensAt);
    const closesAt = minuteOfDay(input.closesAt);
    if (closesAt <= opensAt) throw ValidationFailedError.single('input.closesAt', 'afterOpensAt', 'must be after opensAt');
    const severities = new Set(input.targets.map((target) => target.severity));
    if (severities.size !== input.targets.length || severities.size !== Object.keys(ComplaintSeverity).length)
      throw ValidationFailedError.single(
        'input.targets',
        'onePerSeverity',
        `must give exactly one target for each of ${Object.keys(ComplaintSeverity).join(', ')}`,
      );
    input.targets.forEach((target, index) => {
      if (target.acknowledgeWithinMinutes > target.resolveWithinMinutes)
        throw ValidationFailedError.single(`input.targets.${index}.acknowledgeWithinMinutes`, 'notAfterResolve', 'must not exceed resolveWithinMinutes');
    });
    return inTransaction(this.dataSource, async (manager) => {
      const policy = await this.current(manager);
      Object.assign(policy, {
        timeZone: input.timeZone,
        workingDayNumbers: input.workingDays
          .map((day) => WEEKDAYS.indexOf(day) + 1)
          .sort()
          .join(','),
        opensAtMinute: opensAt,
        closesAtMinute: closesAt,
        targets: input.targets.map(({ severity, acknowledgeWithinMinutes, resolveWithinMinutes }) => ({
          severity,
          acknowledgeWithinMinutes,
          resolveWithinMinutes,
        })),
        escalateAtPercent: input.escalateAtPercent,
        followUpAfterDays: input.followUpAfterDays,
        updatedAt: new Date(),
      });
      const { id: _id, version: _version, ...columns } = policy;
      await updateWithVersion(manager, ComplaintSlaPolicy, 'ComplaintSlaPolicy', POLICY_ID, input.expectedVersion, columns);
      policy.version = input.expectedVersion + 1;
      return policy;
    });
  }
}
