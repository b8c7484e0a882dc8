import { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** An IPv4 address as IPv6 writes it (`::ffff:10.0.0.1`) is the IPv4 address. */
function plain(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * The client's address. With `trustedProxyHops` 0 it is the socket's peer, and X-Forwarded-For is
 * ignored: any client can write that header. With N trusted proxies in front of the gateway, each
 * appending the address it saw, the client is the entry N places from the end of the list the last
 * proxy (the socket's peer) completes; a list shorter than that gives its first entry, and an entry
 * that is not an address gives the socket's peer.
 */
export function clientAddress(req: IncomingMessage, trustedProxyHops: number): string {
  const socket = plain(req.socket.remoteAddress ?? 'unknown');
  if (trustedProxyHops === 0) return socket;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, socket];
  const entry = plain(chain[Math.max(0, chain.length - 1 - trustedProxyHops)]);
  return isIP(entry) ? entry : socket;
}
