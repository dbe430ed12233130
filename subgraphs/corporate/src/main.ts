import { runSubgraphMain } from '@wayfarer/kit';
import { corporateModule } from './index';

runSubgraphMain(corporateModule);
