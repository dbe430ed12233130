import { runSubgraphMain } from '@wayfarer/kit';
import { communicationsModule } from './index';

runSubgraphMain(communicationsModule);
