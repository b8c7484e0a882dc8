import './tracing';
import { runSubgraph } from '../../kit';
import { buildReferralsSubgraph } from './server';

void runSubgraph(() => buildReferralsSubgraph());
