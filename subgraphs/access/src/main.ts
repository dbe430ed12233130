import { runSubgraphMain } from '@wayfarer/kit';
import { accessModule } from './index';

runSubgraphMain(accessModule);
