import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type {
  ModelClusterDetail,
  ModelDetailResponse,
  ModelEppConfig,
} from '@llmd/plugin-llmd-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { llmdApiRef, type LlmdApi } from '../../api';
import { llamaPdEntity } from '../../__testUtils__/modelDetailFixtures';
import {
  controllerDefaultEpp,
  graniteWithSchedulerImage,
  graniteWithoutEppConfig,
  onOpenShiftAiCluster,
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
    // its config: none, on a scheduler version that needs one
    expect(
      screen.getByText(/cannot start without a config/),
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
  it('says in words which scheduler version a model runs and draws that version’s built-in default pipeline', async () => {
    const { epp, eppDialect } = onOpenShiftAiCluster(
      graniteWithSchedulerImage('v0.7.1'),
    );
    const getModel = jest.fn(async () =>
      detail([
        { ...cluster('ocp', false, epp), eppDialect } as ModelClusterDetail,
      ]),
    );
    await renderCard(getModel);
    expect(
      await screen.findByText('scheduler-v0.7 — from image tag v0.7.1'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('list', { name: 'Scheduler version evidence' }),
    ).toHaveTextContent(
      'Image ghcr.io/llm-d/llm-d-inference-scheduler:v0.7.1: tag v0.7.1 is a scheduler-v0.7 release.',
    );
    const builtIn = screen.getByRole('group', {
      name: 'Built-in default pipeline',
    });
    expect(within(builtIn).getByText('built-in default')).toBeInTheDocument();
    expect(
      within(builtIn).getByRole('group', {
        name: 'Scheduling profile default: Filter → Score → Pick',
      }),
    ).toBeInTheDocument();
  });

  it('shows the error of a scheduler version that cannot start without a config', async () => {
    const { epp, eppDialect } = onOpenShiftAiCluster(graniteWithoutEppConfig());
    const getModel = jest.fn(async () =>
      detail([
        { ...cluster('ocp', false, epp), eppDialect } as ModelClusterDetail,
      ]),
    );
    await renderCard(getModel);
    expect(
      await screen.findByText(
        /This scheduler version \(scheduler-v0.3\) cannot start without a config\./,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('group', { name: 'Built-in default pipeline' }),
    ).not.toBeInTheDocument();
  });
});
