import { screen, waitFor } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { GuestSignInPage } from './GuestSignInPage';

const REFRESH_URL = 'http://localhost:7007/api/auth/guest/refresh';

/** What the guest provider's refresh endpoint answers for user:default/guest. */
function guestSession() {
  const exp = Math.floor(Date.now() / 1000) + 3600;
  const token = `e30.${btoa(JSON.stringify({ exp }))}.sig`;
  return {
    profile: { displayName: 'Guest' },
    backstageIdentity: {
      token,
      identity: {
        type: 'user',
        userEntityRef: 'user:default/guest',
        ownershipEntityRefs: ['user:default/guest'],
      },
    },
  };
}

/** A backend that is away for the first `awayFor` calls (refused, then 503), then answers. */
function restartingBackend(awayFor: number) {
  let calls = 0;
  return jest.fn(async (url: string) => {
    expect(url).toBe(REFRESH_URL);
    calls += 1;
    if (calls <= awayFor) {
      if (calls % 2) throw new TypeError('Failed to fetch');
      return new Response('{"error":{"name":"ServiceUnavailableError"}}', {
        status: 503,
      });
    }
    return new Response(JSON.stringify(guestSession()), { status: 200 });
  });
}

function renderSignIn(onSignInSuccess: jest.Mock) {
  return renderInTestApp(
    <GuestSignInPage onSignInSuccess={onSignInSuccess} />,
    {
      config: { app: { title: 'llm-d portal' } },
      apis: [mockApis.discovery({ baseUrl: 'http://localhost:7007' })],
    },
  );
}

describe('GuestSignInPage', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
    localStorage.clear();
  });

  it('offers the guest sign-in to someone who has not signed in', async () => {
    const fetchMock = restartingBackend(0);
    global.fetch = fetchMock as unknown as typeof fetch;
    const onSignInSuccess = jest.fn();
    renderSignIn(onSignInSuccess);

    expect(
      await screen.findByRole('button', { name: /enter/i }),
    ).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(onSignInSuccess).not.toHaveBeenCalled();
  });

  it('signs a remembered guest in again without the sign-in page while the backend restarts', async () => {
    // Backstage's SignInPage wrote this when the guest pressed Enter before.
    localStorage.setItem('@backstage/core:SignInPage:provider', 'guest');
    const fetchMock = restartingBackend(3);
    global.fetch = fetchMock as unknown as typeof fetch;
    const onSignInSuccess = jest.fn();
    renderSignIn(onSignInSuccess);

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalled(), {
      timeout: 10_000,
    });
    const identity = onSignInSuccess.mock.calls[0][0];
    expect((await identity.getBackstageIdentity()).userEntityRef).toBe(
      'user:default/guest',
    );
    // Three calls while away, the one that found the backend back, then Backstage's own sign-in.
    expect(fetchMock).toHaveBeenCalledTimes(5);
    expect(screen.queryByRole('button', { name: /enter/i })).toBeNull();
  }, 20_000);
});
