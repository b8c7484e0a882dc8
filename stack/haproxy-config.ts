/** One balanced tier: where HAProxy listens for it and the replicas behind it, each as host:port. */
export interface Tier {
  name: string;
  bind: string;
  replicas: string[];
  /**
   * The health check's path. A subgraph is ready when its database is; a gateway is ready once
   * started (it serves partial answers while a subgraph is down), and its readiness page asks every
   * subgraph, so a gateway tier checks /health/live, which answers at once.
   * @default /health/ready
   */
  check?: string;
}

/**
 * The HAProxy configuration SatuPintu's scale-out path uses, for tiers of gateways or of one
 * subgraph's replicas: health checks drop a dead replica within a second, and a
 * request whose replica refused the connection or died before answering goes again to another one.
 * Mutations are never sent twice: the replica may have committed before it died, so a retried
 * mutation could write twice; a mutation that loses its replica fails and the caller decides.
 */
export function haproxyConfig(tiers: readonly Tier[], stats: string): string {
  const lines = [
    'global',
    '  maxconn 2000',
    'defaults',
    '  mode http',
    '  timeout connect 1s',
    '  timeout client 30s',
    '  timeout server 30s',
    '  timeout check 1s',
    '  option http-buffer-request',
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response response-timeout',
    `listen stats`,
    `  bind ${stats}`,
    '  stats enable',
    '  stats uri /stats',
  ];
  for (const tier of tiers) {
    lines.push(
      `listen ${tier.name}`,
      `  bind ${tier.bind}`,
      '  balance roundrobin',
      '  acl mutation req.body -m reg -i "\\"query\\"[[:space:]]*:[[:space:]]*\\"[[:space:]]*mutation"',
      '  http-request disable-l7-retry if mutation',
      `  option httpchk GET ${tier.check ?? '/health/ready'}`,
      '  default-server inter 300ms fall 2 rise 1',
      ...tier.replicas.map((address, i) => `  server ${tier.name}${i + 1} ${address} check`),
    );
  }
  return lines.join('\n') + '\n';
}
