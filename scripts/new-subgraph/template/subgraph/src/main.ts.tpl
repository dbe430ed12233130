import { runSubgraphMain } from '@wayfarer/kit';
import { __camelName__Module } from './index';

runSubgraphMain(__camelName__Module);
