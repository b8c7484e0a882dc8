import { IncomingMessage } from 'node:http';
import { clientAddress } from './client-address';

function request(remoteAddress: string, forwardedFor?: string): IncomingMessage {
  return { socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } } as unknown as IncomingMessage;
}

describe('client address', () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(request('10.1.2.3', '203.0.113.9'), 0)).toBe('10.1.2.3');
  });

  it('reads an IPv4 address written as IPv6 as the IPv4 address', () => {
    expect(clientAddress(request('::ffff:10.1.2.3'), 0)).toBe('10.1.2.3');
  });

  it('is the entry the trusted proxy appended, not one the client wrote before it', () => {
    // the client sent "198.51.100.1"; the load balancer appended the address it saw, 203.0.113.9
    expect(clientAddress(request('10.0.0.5', '198.51.100.1, 203.0.113.9'), 1)).toBe('203.0.113.9');
  });

  it('counts back one entry per trusted proxy', () => {
    expect(clientAddress(request('10.0.0.5', '198.51.100.1, 203.0.113.9, 10.0.0.4'), 2)).toBe('203.0.113.9');
  });

  it('falls back to the first entry of a short list, and to the socket for an entry that is not an address', () => {
    expect(clientAddress(request('10.0.0.5', '203.0.113.9'), 3)).toBe('203.0.113.9');
    expect(clientAddress(request('10.0.0.5'), 1)).toBe('10.0.0.5');
    expect(clientAddress(request('10.0.0.5', 'not-an-address'), 1)).toBe('10.0.0.5');
  });
});
