import { ObjectType } from 'type-graphql';
import { ListResult } from '@wayfarer/kit';
import { Employment } from './employment.entity';

@ObjectType()
export class EmploymentList extends ListResult(Employment) {}
