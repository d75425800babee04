import { eventually } from './eventually';

describe('eventually', () => {
  it('resolves with the first truthy value, sync or async', async () => {
    let calls = 0;
    await expect(
      eventually('three calls', () => ++calls >= 3 && calls),
    ).resolves.toBe(3);
    await expect(eventually('a promise', async () => 'x')).resolves.toBe('x');
  });

  it('rejects naming what it waited for once the time is up', async () => {
    await expect(
      eventually('never', () => false, { timeoutMs: 30, intervalMs: 5 }),
    ).rejects.toThrow('Timed out after 30 ms waiting for never');
  });
});
