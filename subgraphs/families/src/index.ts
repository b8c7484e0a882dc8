import './tracing';
import { runSubgraph } from '../../kit';
import { buildFamiliesSubgraph } from './server';

void runSubgraph(() => buildFamiliesSubgraph());
