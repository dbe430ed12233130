import { runSubgraphMain } from '@wayfarer/kit';
import { loyaltyModule } from './index';

runSubgraphMain(loyaltyModule);
