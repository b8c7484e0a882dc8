import { childTraceparent } from './trace-context';

describe('childTraceparent', () => {
  const FORMAT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

  it('keeps the caller’s trace id and flags, with a new span id', () => {
    const incoming = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const child = childTraceparent(incoming);
    expect(child).toMatch(FORMAT);
    expect(child.split('-')[1]).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(child.split('-')[2]).not.toBe('00f067aa0ba902b7');
    expect(child.split('-')[3]).toBe('01');
  });

  it.each([
    undefined,
    '',
    'garbage',
    '01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7',
    '00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01',
    '00-00000000000000000000000000000000-00f067aa0ba902b7-01',
  ])('starts a new trace for %p', (incoming) => {
    const child = childTraceparent(incoming);
    expect(child).toMatch(FORMAT);
    const traceId = child.split('-')[1];
    expect(traceId).not.toBe('00000000000000000000000000000000');
    // Not the trace id of the refused header, whatever its case: the trace is a new one.
    expect(traceId.toLowerCase()).not.toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    // A new trace id is random, so two refusals of the same header start two different traces.
    expect(childTraceparent(incoming).split('-')[1]).not.toBe(traceId);
  });
});
