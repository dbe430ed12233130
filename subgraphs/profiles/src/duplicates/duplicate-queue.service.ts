import { Brackets, DataSource, EntityManager } from 'typeorm';
import { ProfilePart } from '../profile/profile-parts';
import { ConflictError, inTransaction, ListPage, NotFoundError, paginate, Principal, SortDirection } from '@wayfarer/kit';
import { DuplicateCandidate, DuplicateStatus } from './duplicate-candidate.entity';
import { DuplicateCandidateListArgs, DuplicateCandidateSortField } from './duplicate-candidate-list.args';

/** The queue of candidate pairs; as a profile part it settles the pairs a merge or an erasure decides. */
export class DuplicateQueueService implements ProfilePart {
  readonly name = 'duplicateCandidates';

  constructor(private readonly dataSource: DataSource) {}

  /** The merged pair is decided; the merged profile's other open pairs go, and the next scan finds the survivor's. */
  async merge(manager: EntityManager, mergedId: string, survivorId: string, principal: Principal): Promise<void> {
    const repository = manager.getRepository(DuplicateCandidate);
    const [leftId, rightId] = [mergedId, survivorId].sort();
    await repository.update({ leftId, rightId }, { status: DuplicateStatus.MERGED, decidedAt: new Date(), decidedBy: principal.id });
    await repository.delete({ leftId: mergedId, status: DuplicateStatus.OPEN });
    await repository.delete({ rightId: mergedId, status: DuplicateStatus.OPEN });
  }

  async eraseSubject(manager: EntityManager, profileId: string): Promise<void> {
    const repository = manager.getRepository(DuplicateCandidate);
    await repository.delete({ leftId: profileId });
    await repository.delete({ rightId: profileId });
  }

  async list(args: DuplicateCandidateListArgs): Promise<ListPage<DuplicateCandidate>> {
    const qb = this.dataSource.getRepository(DuplicateCandidate).createQueryBuilder('candidate');
    const filter = args.filter ?? {};
    if (filter.status) qb.andWhere('candidate.status = :status', { status: filter.status });
    if (filter.minScore !== undefined) qb.andWhere('candidate.score >= :minScore', { minScore: filter.minScore });
    if (filter.profileId) {
      qb.andWhere(
        new Brackets((where) => where.where('candidate.left_id = :profileId', { profileId: filter.profileId }).orWhere('candidate.right_id = :profileId')),
      );
    }
    return paginate(qb, {
      sortProperty: args.sort?.field ?? DuplicateCandidateSortField.SCORE,
      direction: args.sort?.direction ?? (args.sort ? SortDirection.ASC : SortDirection.DESC),
      page: args.page ?? { limit: 25 },
    });
  }

  findOne(id: string): Promise<DuplicateCandidate | null> {
    return this.dataSource.getRepository(DuplicateCandidate).findOne({ where: { id } });
  }

  async dismiss(id: string, principal: Principal): Promise<DuplicateCandidate> {
    return inTransaction(this.dataSource, async (manager) => {
      const repository = manager.getRepository(DuplicateCandidate);
      const candidate = await repository.findOne({ where: { id } });
      if (!candidate) throw new NotFoundError('DuplicateCandidate', id);
      if (candidate.status !== DuplicateStatus.OPEN)
        throw new ConflictError(`Duplicate candidate ${id} is already ${candidate.status}`, { status: candidate.status });
      Object.assign(candidate, { status: DuplicateStatus.DISMISSED, decidedAt: new Date(), decidedBy: principal.id });
      await repository.update(
        { id, status: DuplicateStatus.OPEN },
        { status: candidate.status, decidedAt: candidate.decidedAt, decidedBy: candidate.decidedBy },
      );
      return candidate;
    });
  }
}
