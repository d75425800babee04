import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type {
  ModelClusterDetail,
  ModelDetailResponse,
  ModelEppConfig,
} from '@llmd/plugin-llmd-common';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { llmdApiRef, type LlmdApi } from '../../api';
import { llamaPdEntity } from '../../__testUtils__/modelDetailFixtures';
import {
  controllerDefaultEpp,
  pdExampleEpp,
} from './__testUtils__/eppFixtures';
import { RoutingProfileCard } from './RoutingProfileCard';

const entity = llamaPdEntity;

// the card reads only cluster, stale and epp; the rest of a cluster's detail is irrelevant here
const cluster = (name: string, stale: boolean, epp: ModelEppConfig) =>
  ({ cluster: name, stale, epp } as unknown as ModelClusterDetail);

const detail = (clusters: ModelClusterDetail[]): ModelDetailResponse => ({
  namespace: 'team-a',
  name: 'llama-3-1-8b-pd',
  entityRef: 'component:team-a/llama-3-1-8b-pd',
  clusters,
  tokens: { minTtlSeconds: 60, defaultTtlSeconds: 3600, maxTtlSeconds: 86400 },
});

function renderCard(getModel: LlmdApi['getModel']) {
  return renderInTestApp(
    <TestApiProvider apis={[[llmdApiRef, { getModel }]]}>
      <EntityProvider entity={entity}>
        <RoutingProfileCard />
      </EntityProvider>
    </TestApiProvider>,
  );
}

describe('RoutingProfileCard', () => {
  it('draws the routing profile of the model', async () => {
    const getModel = jest.fn(async () =>
      detail([cluster('prod', false, pdExampleEpp())]),
    );
    await renderCard(getModel);
    expect(screen.getByText('Routing profile')).toBeInTheDocument();
    expect(
      await screen.findByRole('group', {
        name: 'Scheduling profile prefill: Filter → Score → Pick',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('group', {
        name: 'Scheduling profile decode: Filter → Score → Pick',
      }),
    ).toBeInTheDocument();
    expect(getModel).toHaveBeenCalledWith({
      namespace: 'team-a',
      name: 'llama-3-1-8b-pd',
    });
    // one cluster: no need to say which
    expect(screen.queryByText(/^Cluster /)).not.toBeInTheDocument();
  });

  it('shows the first reachable cluster and says which', async () => {
    const getModel = jest.fn(async () =>
      detail([
        cluster('east', true, controllerDefaultEpp()),
        cluster('west', false, pdExampleEpp()),
        cluster('north', false, controllerDefaultEpp()),
      ]),
    );
    await renderCard(getModel);
    expect(
      await screen.findByText(
        'Cluster west — the model runs on 2 more clusters',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('group', {
        name: 'Scheduling profile decode: Filter → Score → Pick',
      }),
    ).toBeInTheDocument();
  });

  it('falls back to the last known state of an unreachable cluster', async () => {
    const getModel = jest.fn(async () =>
      detail([cluster('east', true, controllerDefaultEpp())]),
    );
    await renderCard(getModel);
    expect(
      await screen.findByText('Cluster east (unreachable: last known state)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/built-in default configuration/),
    ).toBeInTheDocument();
  });

  it('shows progress while the model loads', async () => {
    const getModel = jest.fn(() => new Promise<ModelDetailResponse>(() => {}));
    await renderCard(getModel);
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error and retries', async () => {
    const getModel = jest
      .fn<Promise<ModelDetailResponse>, []>()
      .mockRejectedValueOnce(new Error('socket hang up'))
      .mockResolvedValueOnce(detail([cluster('prod', false, pdExampleEpp())]));
    await renderCard(getModel);
    expect(await screen.findByText(/socket hang up/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('group', {
        name: 'Scheduling profile decode: Filter → Score → Pick',
      }),
    ).toBeInTheDocument();
  });
});
