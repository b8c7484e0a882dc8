import './tracing';
import { runSubgraph } from '../../kit';
import { buildServicesSubgraph } from './server';

void runSubgraph(() => buildServicesSubgraph());
