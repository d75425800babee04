import { TestApiProvider } from '@backstage/test-utils';
import type { FleetMetricsRequest } from '@llmd/plugin-llmd-common';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { api } from '../__testUtils__/fleetFixtures';
import { llmdApiRef } from '../api';
import { FLEET_METRICS_REFRESH_MS, useFleetMetrics } from './useFleetMetrics';

const page = [
  { cluster: 'demo', namespace: 'team-a', name: 'granite' },
  { cluster: 'edge', namespace: 'team-b', name: 'llama' },
];

function renderMetrics(
  getFleetMetrics: jest.Mock,
  models: readonly (typeof page)[number][],
) {
  const llmdApi = api({ getFleetMetrics });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[llmdApiRef, llmdApi]]}>{children}</TestApiProvider>
  );
  return renderHook(props => useFleetMetrics(props.models), {
    wrapper,
    initialProps: { models },
  });
}

describe('useFleetMetrics', () => {
  afterEach(() => jest.useRealTimers());

  it('asks once for the whole page, again on a new page or after 30 s, never for an empty page', async () => {
    jest.useFakeTimers();
    const getFleetMetrics = jest.fn(async (_: FleetMetricsRequest) => ({
      items: [],
      warnings: ['Metrics are not configured for cluster edge.'],
    }));
    const { result, rerender } = renderMetrics(getFleetMetrics, page);
    await waitFor(() =>
      expect(result.current.warnings).toEqual([
        'Metrics are not configured for cluster edge.',
      ]),
    );
    // the same rows again (a reload of the same page) ask nothing
    rerender({ models: page.map(m => ({ ...m })) });
    expect(getFleetMetrics).toHaveBeenCalledTimes(1);
    await act(async () => {
      jest.advanceTimersByTime(FLEET_METRICS_REFRESH_MS);
    });
    expect(getFleetMetrics).toHaveBeenCalledTimes(2);
    rerender({ models: page.slice(1) });
    await waitFor(() => expect(getFleetMetrics).toHaveBeenCalledTimes(3));
    expect(getFleetMetrics.mock.calls.map(([request]) => request)).toEqual([
      { models: page },
      { models: page },
      { models: page.slice(1) },
    ]);
    rerender({ models: [] });
    await act(async () => {
      jest.advanceTimersByTime(FLEET_METRICS_REFRESH_MS * 2);
    });
    expect(getFleetMetrics).toHaveBeenCalledTimes(3);
  });
});
