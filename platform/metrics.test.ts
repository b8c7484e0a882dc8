import { metricsListen } from './config';
import { startMetricsListener } from './metrics';
// The request metrics register themselves with the process's registry when their module loads.
import './request-metrics';

describe('the metrics listener', () => {
  const saved = { port: process.env.METRICS_PORT, host: process.env.METRICS_HOST };
  afterEach(() => {
    for (const [name, value] of [
      ['METRICS_PORT', saved.port],
      ['METRICS_HOST', saved.host],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('is off unless METRICS_PORT is set, on 127.0.0.1 unless METRICS_HOST says otherwise', async () => {
    delete process.env.METRICS_PORT;
    delete process.env.METRICS_HOST;
    expect(metricsListen()).toEqual({ port: undefined, host: '127.0.0.1' });
    expect(await startMetricsListener()).toBeUndefined();
    process.env.METRICS_PORT = '9464';
    process.env.METRICS_HOST = '0.0.0.0';
    expect(metricsListen()).toEqual({ port: 9464, host: '0.0.0.0' });
    process.env.METRICS_PORT = 'nine';
    expect(() => metricsListen()).toThrow('METRICS_PORT must be a non-negative integer');
  });

  it('serves GET /metrics in the Prometheus text format with the process metrics, and 404 for anything else', async () => {
    const listener = (await startMetricsListener({ port: 0, host: '127.0.0.1' }))!;
    try {
      const url = `http://127.0.0.1:${listener.port}`;
      const res = await fetch(`${url}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
      const text = await res.text();
      expect(text).toContain('# TYPE nodejs_eventloop_lag_seconds gauge');
      expect(text).toContain('# TYPE satupintu_requests_total counter');
      for (const [path, method] of [
        ['/', 'GET'],
        ['/metrics/x', 'GET'],
        ['/metrics', 'POST'],
      ]) {
        expect({ path, method, status: (await fetch(`${url}${path}`, { method })).status }).toEqual({ path, method, status: 404 });
      }
    } finally {
      await listener.stop();
    }
  });
});
