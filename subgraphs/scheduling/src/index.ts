import './tracing';
import { runSubgraph } from '../../kit';
import { buildSchedulingSubgraph } from './server';

void runSubgraph(() => buildSchedulingSubgraph());
