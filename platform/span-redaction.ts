import { AttributeValue, Attributes } from '@opentelemetry/api';
import { ReadableSpan, SpanProcessor } from '@opentelemetry/sdk-trace-base';

/**
 * The span attributes SatuPintu lets out, by name. Everything else is dropped: SatuPintu's data is
 * about children at risk and domestic violence, and an attribute this list does not know (a header,
 * a body, a query variable, a GraphQL document) could carry a name, a NIK or an address.
 */
const KEPT = new Set([
  // HTTP, current and older semantic conventions (values only: no headers, no user agent, no client address).
  'http.request.method',
  'http.request.method_original',
  'http.response.status_code',
  'http.route',
  'network.protocol.name',
  'network.protocol.version',
  'network.transport',
  'network.peer.address',
  'network.peer.port',
  'network.local.address',
  'network.local.port',
  'server.address',
  'server.port',
  'url.scheme',
  'url.path',
  'url.full',
  'error.type',
  'http.method',
  'http.status_code',
  'http.status_text',
  'http.flavor',
  'http.scheme',
  'http.host',
  'http.url',
  'http.target',
  'http.request_content_length_uncompressed',
  'http.response_content_length_uncompressed',
  'net.host.name',
  'net.host.ip',
  'net.host.port',
  'net.peer.name',
  'net.peer.ip',
  'net.peer.port',
  'net.transport',
  // PostgreSQL: the statement is parameterised; its values are never recorded.
  'db.system',
  'db.system.name',
  'db.name',
  'db.namespace',
  'db.user',
  'db.operation.name',
  'db.statement',
  'db.query.text',
  'db.postgresql.idle.timeout.millis',
  'db.postgresql.max.client',
  // The gateway's own spans: the operation's name and type, and the subgraph a fetch went to.
  'graphql.operation.name',
  'graphql.operation.type',
  'operationName',
  'service',
]);

/** Attributes holding a URL or a request target: the query string (a GET request's variables) is cut off. */
const URLS = new Set(['url.full', 'url.path', 'http.url', 'http.target']);

/** Attributes holding SQL: any quoted literal is replaced, in case a statement was ever written with one. */
const STATEMENTS = new Set(['db.statement', 'db.query.text']);

/** An event attribute kept: what kind of exception it was, never its message or stack. */
const KEPT_IN_EVENTS = new Set(['exception.type']);

function withoutQuery(value: AttributeValue): AttributeValue {
  return typeof value === 'string' ? value.replace(/[?#].*$/s, '') : value;
}

function withoutLiterals(value: AttributeValue): AttributeValue {
  return typeof value === 'string' ? value.replace(/'(?:[^']|'')*'/g, "'?'") : value;
}

/** The attributes SatuPintu lets out of one span, with URLs cut at their query and SQL literals replaced. */
export function redactedAttributes(attributes: Attributes, kept: ReadonlySet<string> = KEPT): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || !kept.has(key)) continue;
    out[key] = URLS.has(key) ? withoutQuery(value) : STATEMENTS.has(key) ? withoutLiterals(value) : value;
  }
  return out;
}

function replaceContents(target: Attributes, next: Attributes): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, next);
}

/**
 * The last line before export: every span's attributes are cut down to the kept ones, its events to
 * their names and exception types, its links to their span contexts, and its status to its code (an
 * error message can repeat a variable's value). It runs first among the processors and edits the
 * ended span in place, so every exporter after it sees only what is left.
 */
export class SpanRedactionProcessor implements SpanProcessor {
  onStart(): void {}

  onEnd(span: ReadableSpan): void {
    replaceContents(span.attributes, redactedAttributes(span.attributes));
    for (const event of span.events) if (event.attributes) replaceContents(event.attributes, redactedAttributes(event.attributes, KEPT_IN_EVENTS));
    for (const link of span.links) if (link.attributes) replaceContents(link.attributes, {});
    if (span.status.message !== undefined) delete (span.status as { message?: string }).message;
  }

  async forceFlush(): Promise<void> {}

  async shutdown(): Promise<void> {}
}
