/** Starts the gateway's traces before anything else loads (index.ts imports this first). */
import { startTracing } from '../../platform/tracing';

startTracing('gateway');
