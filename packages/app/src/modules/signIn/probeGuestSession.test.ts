import { probeGuestSession } from './probeGuestSession';

const AUTH = 'http://localhost:7007/api/auth';

describe('probeGuestSession', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  function answer(status: number) {
    const fetchMock = jest.fn(async () => new Response('{}', { status }));
    global.fetch = fetchMock as unknown as typeof fetch;
    return fetchMock;
  }

  it('asks the guest refresh endpoint the way Backstage does', async () => {
    const fetchMock = answer(200);
    await expect(probeGuestSession(AUTH)).resolves.toBe('ready');
    expect(fetchMock).toHaveBeenCalledWith(`${AUTH}/guest/refresh`, {
      headers: { 'x-requested-with': 'XMLHttpRequest' },
    });
  });

  it('reads a backend shutting down (503) or not listening as unavailable', async () => {
    answer(503);
    await expect(probeGuestSession(AUTH)).resolves.toBe('unavailable');
    global.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(probeGuestSession(AUTH)).resolves.toBe('unavailable');
  });

  it('reads a 4xx (guest provider not configured) as refused', async () => {
    answer(404);
    await expect(probeGuestSession(AUTH)).resolves.toBe('refused');
  });
});
