import { DIAGNOSIS_STEP_IDS } from '@llmd/plugin-llmd-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  diagnosisOf,
  namespaceFix,
  notAdmittedDiagnosis,
  reachableDiagnosis,
} from '../../__testUtils__/diagnosisFixtures';
import {
  renderEntityContent,
  responseError,
} from '../../__testUtils__/renderEntityContent';
import { ReachabilityCard } from './ReachabilityCard';

// usePermission caches answers per permission and resource for the whole file: tests that deny use a model of their own
const granite = { namespace: 'team-a', name: 'granite-8b' };
const answer = (diagnosis: typeof reachableDiagnosis) =>
  jest.fn().mockResolvedValue({ ...granite, clusters: [diagnosis] });
const chain = () =>
  screen.findByRole('list', {
    name: 'Reachability chain of team-a/granite-8b on prod-east',
  });

describe('ReachabilityCard', () => {
  it('shows a progress bar while the diagnosis loads', async () => {
    await renderEntityContent(
      <ReachabilityCard model={granite} cluster="prod-east" />,
      { api: { getModelDiagnosis: () => new Promise(() => {}) } },
    );
    expect(
      await screen.findByLabelText('Loading reachability'),
    ).toBeInTheDocument();
  });

  it('draws the chain of a reachable model: every box green and OK, in chain order, and no fix', async () => {
    const getModelDiagnosis = answer(reachableDiagnosis);
    await renderEntityContent(
      <ReachabilityCard model={granite} cluster="prod-east" />,
      { api: { getModelDiagnosis } },
    );
    const boxes = within(await chain()).getAllByRole('listitem');
    expect(getModelDiagnosis).toHaveBeenCalledWith({
      ...granite,
      cluster: 'prod-east',
    });
    expect(boxes).toHaveLength(DIAGNOSIS_STEP_IDS.length);
    expect(boxes[0]).toHaveAccessibleName('CRDs: OK');
    expect(boxes[3]).toHaveAccessibleName(
      'Namespace admitted: OK (Namespace team-a)',
    );
    expect(boxes[10]).toHaveAccessibleName('Probe: Skipped');
    expect(boxes.slice(0, 10).map(b => b.dataset.status)).toEqual(
      Array(10).fill('ok'),
    );
    expect(
      screen.getByLabelText('Reachability on prod-east: reachable'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('What to fix')).toBeNull();
  });

  it('labels and colours each status, and says the first failing step and its fix under the chain', async () => {
    const diagnosis = diagnosisOf('unreachable', {
      gateway: { status: 'warn', message: 'Gateway HTTP only.' },
      'gateway-address': { status: 'unknown', message: 'May not read.' },
      auth: { status: 'skip', message: 'Auth is off.' },
      inferencepool: {
        status: 'fail',
        message: 'InferencePool team-a/granite-8b-inference-pool is missing.',
        fix: 'Touch the model so the controller creates its InferencePool.',
      },
    });
    await renderEntityContent(
      <ReachabilityCard model={granite} cluster="prod-east" />,
      { api: { getModelDiagnosis: answer(diagnosis) } },
    );
    const list = await chain();
    const box = (name: RegExp) => within(list).getByRole('listitem', { name });
    const expected = [
      [/^CRDs: OK/, 'OK', 'ok'],
      [/^Gateway: Warning/, 'Warning', 'warn'],
      [/^Gateway address: Unknown/, 'Unknown', 'unknown'],
      [/^Auth: Skipped/, 'Skipped', 'skip'],
      [/^InferencePool: Failed/, 'Failed', 'fail'],
    ] as const;
    for (const [name, text, status] of expected) {
      expect(box(name)).toHaveTextContent(text);
      // the class of the status colour (makeStyles names classes after their key)
      expect(box(name).className).toMatch(new RegExp(`-${status}-`));
      // an icon besides the colour
      expect(box(name).querySelector('svg')).not.toBeNull();
    }
    expect(getComputedStyle(box(/^Auth/)).borderStyle).toBe('dashed');
    // the message (and fix) on hover and focus
    expect(box(/^InferencePool/)).toHaveAttribute(
      'title',
      'InferencePool team-a/granite-8b-inference-pool is missing. Fix: Touch the model so the controller creates its InferencePool.',
    );
    const fix = screen.getByLabelText('What to fix');
    expect(fix).toHaveTextContent(
      'InferencePool: InferencePool team-a/granite-8b-inference-pool is missing.',
    );
    expect(fix).toHaveTextContent(
      'Fix: Touch the model so the controller creates its InferencePool.',
    );
    expect(
      screen.getByLabelText('Reachability on prod-east: unreachable'),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByText('Every step in words'));
    const table = await screen.findByRole('table', {
      name: 'Reachability steps of team-a/granite-8b on prod-east',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(12);
    expect(table).toHaveTextContent('Gateway HTTP only.');
  });

  it('probes on demand and shows statuses and latencies of both requests', async () => {
    const probed = {
      ...diagnosisOf('reachable'),
      probedAt: '2026-12-05T02:00:00Z',
      probe: {
        url: 'http://10.0.0.5/team-a/granite-8b/v1/models',
        probedAt: '2026-12-05T02:00:00Z',
        anonymous: { status: 401, latencyMs: 12.4 },
        authenticated: {
          status: 200,
          latencyMs: 15,
          models: ['ibm-granite/granite-3.3-8b-instruct'],
        },
      },
    };
    const probeModel = jest.fn().mockResolvedValue(probed);
    await renderEntityContent(
      <ReachabilityCard model={granite} cluster="prod-east" />,
      { api: { getModelDiagnosis: answer(reachableDiagnosis), probeModel } },
    );
    // "not probed yet" is a skipped probe step that still allows probing
    const button = await screen.findByRole('button', {
      name: 'Probe now on prod-east',
    });
    expect(button).toBeEnabled();
    await userEvent.click(button);
    expect(probeModel).toHaveBeenCalledWith({
      ...granite,
      cluster: 'prod-east',
    });
    const last = await screen.findByRole('group', { name: 'Last probe' });
    expect(last).toHaveTextContent(
      'GET http://10.0.0.5/team-a/granite-8b/v1/models',
    );
    expect(last).toHaveTextContent('Without a token: HTTP 401 in 12 ms');
    expect(last).toHaveTextContent(
      'With a short-lived token: HTTP 200 in 15 ms, lists ibm-granite/granite-3.3-8b-instruct',
    );
    expect(
      within(await chain()).getByRole('listitem', { name: /^Probe: OK/ }),
    ).toBeInTheDocument();
  });

  it('disables Probe now with the reason when the cluster has probing off, and shows the fix', async () => {
    await renderEntityContent(
      <ReachabilityCard model={granite} cluster="prod-east" />,
      { api: { getModelDiagnosis: answer(notAdmittedDiagnosis) } },
    );
    const button = await screen.findByRole('button', {
      name: 'Probe now on prod-east',
    });
    expect(button).toBeDisabled();
    const reason =
      'probing is off for this cluster (llmd.clusters[].probe.enabled)';
    // the disabled button's tooltip, and in words for everyone
    expect(button.parentElement).toHaveAttribute('title', reason);
    expect(screen.getByText(`No active probe: ${reason}`)).toBeInTheDocument();
    expect(
      within(await chain()).getByRole('listitem', {
        name: 'Namespace admitted: Failed (Namespace team-a)',
      }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('What to fix')).toHaveTextContent(
      `Fix: ${namespaceFix}`,
    );
  });

  it('disables Probe now once the backend refuses the probe, saying why', async () => {
    const error = await responseError(
      409,
      'Conflict',
      'Probing is not enabled for cluster prod-east: set llmd.clusters[].probe.enabled.',
    );
    const probeModel = jest.fn().mockRejectedValue(error);
    await renderEntityContent(
      <ReachabilityCard model={granite} cluster="prod-east" />,
      { api: { getModelDiagnosis: answer(reachableDiagnosis), probeModel } },
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Probe now on prod-east' }),
    );
    expect(
      await screen.findByText(
        /Probe refused: Probing is not enabled for cluster prod-east/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Probe now on prod-east' }),
    ).toBeDisabled();
  });

  it('offers no Probe now to users the permission framework denies', async () => {
    const other = { namespace: 'team-b', name: 'other-model' };
    const permissionRequests: unknown[] = [];
    await renderEntityContent(
      <ReachabilityCard model={other} cluster="prod-east" />,
      {
        api: {
          getModelDiagnosis: jest.fn().mockResolvedValue({
            ...other,
            clusters: [reachableDiagnosis],
          }),
        },
        mayProbe: false,
        permissionRequests,
      },
    );
    await screen.findByRole('list', { name: /^Reachability chain/ });
    await waitFor(() =>
      expect(permissionRequests).toEqual([
        expect.objectContaining({
          permission: expect.objectContaining({ name: 'llmd.model.probe' }),
          resourceRef: 'prod-east:team-b/other-model',
        }),
      ]),
    );
    expect(screen.queryByRole('button', { name: /Probe now/ })).toBeNull();
  });

  it('explains a failed diagnosis and retries it', async () => {
    const getModelDiagnosis = jest
      .fn()
      .mockRejectedValueOnce(
        await responseError(
          503,
          'Service Unavailable',
          'cluster prod-east not synced',
        ),
      )
      .mockResolvedValue({ ...granite, clusters: [reachableDiagnosis] });
    await renderEntityContent(
      <ReachabilityCard model={granite} cluster="prod-east" />,
      { api: { getModelDiagnosis } },
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not diagnose the model');
    expect(alert).toHaveTextContent('cluster prod-east not synced');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await chain()).toBeInTheDocument();
  });
});
