import { runSubgraphMain } from '@wayfarer/kit';
import { profilesModule } from './index';

runSubgraphMain(profilesModule);
