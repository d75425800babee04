import type { CreateModelTokenResponse } from '@llmd/plugin-llmd-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  graniteCluster,
  graniteDetail,
  mintedToken,
  mintedTokenResponse,
} from '../../__testUtils__/modelDetailFixtures';
import {
  renderEntityContent,
  responseError,
} from '../../__testUtils__/renderEntityContent';
import { GetTokenButton } from './GetTokenButton';

function renderButton(createToken: jest.Mock, detail = graniteDetail) {
  return renderEntityContent(
    <GetTokenButton detail={detail} cluster={detail.clusters[0]} />,
    { api: { createToken } },
  );
}

async function openDialog() {
  const button = screen.getByRole('button', { name: 'Get token on prod-east' });
  // enabled once the permission framework has answered
  await waitFor(() => expect(button).toBeEnabled());
  await userEvent.click(button);
  return screen.findByRole('dialog', {
    name: 'Access token for team-a/granite-8b on prod-east',
  });
}

function expectNoToken() {
  expect(screen.queryByDisplayValue(mintedToken)).toBeNull();
  expect(document.body.textContent).not.toContain(mintedToken);
  expect(document.body.innerHTML).not.toContain(mintedToken);
}

/** A promise the test settles when it wants to. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('TokenDialog', () => {
  const execCommand = jest.fn().mockReturnValue(true);
  beforeAll(() => {
    // jsdom has no clipboard; CopyTextButton copies through execCommand('copy')
    Object.defineProperty(document, 'execCommand', {
      value: execCommand,
      configurable: true,
    });
  });

  it('mints a token with the chosen lifetime and shows it only until the dialog closes', async () => {
    const createToken = jest
      .fn()
      .mockResolvedValue(mintedTokenResponse(new Date(), 4 * 3600));
    await renderButton(createToken);
    const dialog = await openDialog();

    // the backend's default lifetime is preselected
    const lifetime = within(dialog).getByRole('button', { name: /Lifetime/ });
    expect(lifetime).toHaveTextContent('1 h');
    await userEvent.click(lifetime);
    await userEvent.click(await screen.findByRole('option', { name: '4 h' }));
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mint token' }),
    );

    expect(createToken).toHaveBeenCalledWith(
      { namespace: 'team-a', name: 'granite-8b' },
      { cluster: 'prod-east', ttlSeconds: 14400 },
    );
    const field = await within(dialog).findByRole('textbox', {
      name: 'Access token',
    });
    expect(field).toHaveValue(mintedToken);
    expect(dialog).toHaveTextContent('it is not shown again');
    expect(dialog).toHaveTextContent(
      /Valid on cluster prod-east until .+ \(in 4 h\)/,
    );
    await waitFor(() =>
      expect(dialog).toHaveTextContent(`export LLMD_TOKEN='${mintedToken}'`),
    );
    // the snippets keep referencing the variable, never the token
    await waitFor(() =>
      expect(dialog).toHaveTextContent('Authorization: Bearer $LLMD_TOKEN'),
    );
    expect(
      within(dialog).queryByRole('button', { name: 'Mint token' }),
    ).toBeNull();

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Copy token' }),
    );
    expect(execCommand).toHaveBeenCalledWith('copy');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    expectNoToken();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // reopening starts over: no token, the default lifetime again
    const reopened = await openDialog();
    expectNoToken();
    expect(
      within(reopened).getByRole('button', { name: /Lifetime/ }),
    ).toHaveTextContent('1 h');
    expect(
      within(reopened).getByRole('button', { name: 'Mint token' }),
    ).toBeEnabled();
    expect(createToken).toHaveBeenCalledTimes(1);
  });

  it('shows progress while minting and ignores a second click', async () => {
    const answer = deferred<CreateModelTokenResponse>();
    const createToken = jest.fn().mockReturnValue(answer.promise);
    await renderButton(createToken);
    const dialog = await openDialog();

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mint token' }),
    );
    const busy = within(dialog).getByRole('button', { name: 'Minting…' });
    expect(busy).toBeDisabled();
    // a disabled button swallows pointer clicks; fire one anyway to prove the handler guards too
    fireEvent.click(busy);
    expect(createToken).toHaveBeenCalledTimes(1);

    answer.resolve(mintedTokenResponse());
    expect(
      await within(dialog).findByRole('textbox', { name: 'Access token' }),
    ).toHaveValue(mintedToken);
  });

  it('drops a token that arrives after the dialog was closed', async () => {
    const answer = deferred<CreateModelTokenResponse>();
    await renderButton(jest.fn().mockReturnValue(answer.promise));
    const dialog = await openDialog();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mint token' }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    );
    answer.resolve(mintedTokenResponse());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await openDialog();
    expectNoToken();
  });

  it('explains a denial and who to ask, without a token or a retry', async () => {
    const error = await responseError(
      403,
      'Forbidden',
      'Missing permission llmd.model.token.create on component:team-a/granite-8b',
      'NotAllowedError',
    );
    await renderButton(jest.fn().mockRejectedValue(error));
    const dialog = await openDialog();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mint token' }),
    );

    expect(
      await within(dialog).findByText('Permission denied'),
    ).toBeInTheDocument();
    expect(dialog).toHaveTextContent(
      'You are not allowed to mint a token for component:team-a/granite-8b',
    );
    expect(dialog).toHaveTextContent(
      'Only owners of component:team-a/granite-8b (group:team-a) can mint tokens; ask an owner or the platform team',
    );
    expect(within(dialog).queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(
      within(dialog).queryByRole('textbox', { name: 'Access token' }),
    ).toBeNull();
  });

  it('says up front who may mint when the permission framework denies it', async () => {
    const createToken = jest.fn();
    // usePermission caches answers per permission and resource for the whole test file: use a model of its own
    const detail = {
      ...graniteDetail,
      namespace: 'team-b',
      entityRef: 'component:team-b/granite-8b',
    };
    const permissionRequests: unknown[] = [];
    await renderEntityContent(
      <GetTokenButton detail={detail} cluster={detail.clusters[0]} />,
      { api: { createToken }, mayMintTokens: false, permissionRequests },
    );
    expect(
      await screen.findByText(/Only owners of team-b\/granite-8b on prod-east/),
    ).toBeInTheDocument();
    // asked about the model on that cluster (the llm-d resource), not about a catalog entity
    expect(permissionRequests).toEqual([
      expect.objectContaining({
        permission: expect.objectContaining({
          name: 'llmd.model.token.create',
          resourceType: 'llmd-model',
        }),
        resourceRef: 'prod-east:team-b/granite-8b',
      }),
    ]);
    expect(
      screen.queryByRole('button', { name: 'Get token on prod-east' }),
    ).toBeNull();
    expect(createToken).not.toHaveBeenCalled();
  });

  it('offers a retry when the cluster is down', async () => {
    const error = await responseError(
      503,
      'Service Unavailable',
      'Cluster prod-east is unreachable',
      'ServiceUnavailableError',
    );
    const createToken = jest
      .fn()
      .mockRejectedValueOnce(error)
      .mockResolvedValueOnce(mintedTokenResponse());
    await renderButton(createToken);
    const dialog = await openDialog();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Mint token' }),
    );

    expect(
      await within(dialog).findByText(
        'Could not mint a token for component:team-a/granite-8b',
      ),
    ).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Cluster prod-east is unreachable');
    expect(dialog).not.toHaveTextContent('Only owners');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Retry' }),
    );
    expect(
      await within(dialog).findByRole('textbox', { name: 'Access token' }),
    ).toHaveValue(mintedToken);
    expect(createToken).toHaveBeenCalledTimes(2);
  });

  it('offers only lifetimes up to the maximum the backend grants', async () => {
    await renderButton(jest.fn(), {
      ...graniteDetail,
      tokens: {
        minTtlSeconds: 600,
        defaultTtlSeconds: 3600,
        maxTtlSeconds: 7200,
      },
    });
    const dialog = await openDialog();
    await userEvent.click(
      within(dialog).getByRole('button', { name: /Lifetime/ }),
    );
    const options = await screen.findAllByRole('option');
    expect(options.map(option => option.textContent)).toEqual([
      '10 min',
      '30 min',
      '1 h',
      '2 h',
    ]);
  });

  it('says no token is needed when auth is off', async () => {
    await renderEntityContent(
      <GetTokenButton
        detail={graniteDetail}
        cluster={{ ...graniteCluster, authEnabled: false }}
      />,
      { api: {} },
    );
    expect(
      screen.getByText('Authentication is off: no token needed.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /get token/i })).toBeNull();
  });
});
