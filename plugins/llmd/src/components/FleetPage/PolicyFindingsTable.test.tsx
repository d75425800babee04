import type {
  GovernanceObjectFindings,
  GovernanceQueryInput,
  GovernanceResponse,
} from '@llmd/plugin-llmd-common';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api, renderPage } from '../../__testUtils__/fleetFixtures';

jest.setTimeout(60_000);

const gateway = (i: number): GovernanceObjectFindings => ({
  cluster: 'demo',
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'Gateway',
  namespace: 'openshift-ingress',
  name: `gw-${String(i).padStart(3, '0')}`,
  stale: i === 0,
  findings: [
    {
      rule: i % 2 ? 'require-https' : 'gateway-from-all',
      severity: i % 2 ? 'warn' : 'deny',
      path: 'spec.listeners[0]',
      message: `finding of gateway ${i}`,
    },
  ],
});

/** A governance route over 60 Gateways, paged by offset like the backend, filtering by severity. */
function fakeGovernance() {
  const all = Array.from({ length: 60 }, (_, i) => gateway(i));
  return jest.fn(
    async (query: GovernanceQueryInput = {}): Promise<GovernanceResponse> => {
      const found = all.filter(
        item =>
          !query.severity ||
          item.findings.some(f => f.severity === query.severity),
      );
      const offset = Number(query.cursor ?? 0);
      const end = offset + Number(query.limit ?? 50);
      return {
        configured: true,
        rules: ['gateway-from-all', 'require-https'],
        counts: { deny: 30, warn: 30, objects: 60 },
        items: found.slice(offset, end),
        ...(end < found.length && { nextCursor: String(end) }),
        totalCount: found.length,
      };
    },
  );
}

describe('FleetPage policy findings', () => {
  it('pages the findings on the backend and filters them by severity', async () => {
    const getGovernance = fakeGovernance();
    await renderPage(api({ getGovernance }));
    expect(await screen.findByText('Policy findings (60)')).toBeInTheDocument();
    expect(screen.getByText('1–50 of 60 objects')).toBeInTheDocument();
    expect(
      screen.getByText('Gateway openshift-ingress/gw-001'),
    ).toBeInTheDocument();
    expect(screen.getByText('demo (stale)')).toBeInTheDocument();
    // the models table has no next page (no models): the only enabled "Next page" is the findings'
    const next = screen
      .getAllByLabelText('Next page')
      .find(button => !(button as HTMLButtonElement).disabled)!;
    await userEvent.click(next);
    expect(await screen.findByText('51–60 of 60 objects')).toBeInTheDocument();
    expect(
      screen.getByText('Gateway openshift-ingress/gw-059'),
    ).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Severity'), 'deny');
    expect(await screen.findByText('1–30 of 30 objects')).toBeInTheDocument();
    expect(getGovernance.mock.calls.map(([query]) => query)).toEqual([
      { limit: 50 },
      { limit: 50, cursor: '50' },
      { limit: 50, severity: 'deny' },
    ]);
  });

  it('asks with the search text once typing pauses', async () => {
    const getGovernance = fakeGovernance();
    await renderPage(api({ getGovernance }));
    await screen.findByText('Policy findings (60)');
    await userEvent.click(screen.getByLabelText('Search findings'));
    await userEvent.paste('https');
    await userEvent.selectOptions(
      screen.getByLabelText('Rule'),
      'require-https',
    );
    await waitFor(() =>
      expect(getGovernance).toHaveBeenLastCalledWith({
        limit: 50,
        q: 'https',
        rule: 'require-https',
      }),
    );
  });
});
