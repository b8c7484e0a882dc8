import { DEADLOCK_DETECTED, retryingDeadlocks } from './write-conflicts';

const failure = (code: string) => Object.assign(new Error(`failed with ${code}`), { code });

/** A transaction that fails with the given SQLSTATEs in turn, then answers how many attempts it took. */
function failing(...codes: string[]) {
  let attempts = 0;
  return {
    run: async () => {
      attempts++;
      const code = codes[attempts - 1];
      if (code) throw failure(code);
      return attempts;
    },
    attempts: () => attempts,
  };
}

describe('retryingDeadlocks', () => {
  it('runs a transaction PostgreSQL aborted to break a deadlock again, and answers what the next attempt did', async () => {
    const transaction = failing(DEADLOCK_DETECTED, DEADLOCK_DETECTED);
    await expect(retryingDeadlocks(transaction.run)).resolves.toBe(3);
  });

  it('gives up after the attempts it was given, with the deadlock', async () => {
    const transaction = failing(DEADLOCK_DETECTED, DEADLOCK_DETECTED, DEADLOCK_DETECTED);
    await expect(retryingDeadlocks(transaction.run)).rejects.toMatchObject({ code: DEADLOCK_DETECTED });
    expect(transaction.attempts()).toBe(3);
  });

  it('passes any other failure on at once, an exclusion violation first of all', async () => {
    const transaction = failing('23P01');
    await expect(retryingDeadlocks(transaction.run)).rejects.toMatchObject({ code: '23P01' });
    expect(transaction.attempts()).toBe(1);
  });

  it('passes on a failure that is not a statement’s', async () => {
    const transaction = { run: jest.fn(async () => Promise.reject(new Error('connection lost'))) };
    await expect(retryingDeadlocks(transaction.run)).rejects.toThrow('connection lost');
    expect(transaction.run).toHaveBeenCalledTimes(1);
  });
});
