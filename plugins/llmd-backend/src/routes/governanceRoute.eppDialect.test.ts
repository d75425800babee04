import { mockCredentials } from '@backstage/backend-test-utils';
import { llmdClusterCacheMock } from '@llmd/plugin-llmd-node/testUtils';
import request from 'supertest';
import { openShiftAiTemplate } from '../__testUtils__/openShiftAiTemplate';
import { withLlmdTestBackend } from '../__testUtils__/startLlmdTestBackend';
import { granite } from '../__testUtils__/testObjects';

/*
 * A model without any EPP config under `epp-lint-errors: deny`. OpenShift AI's template passes kebab-case flags, which
 * only say "scheduler-v0.3 or newer": a newer scheduler runs its built-in default, so governance must not deny the
 * model as unable to start. A configured scheduler-v0.3 is certain, and that version cannot start without a config.
 */
const POLICY = { rules: { 'epp-lint-errors': { severity: 'deny' } } };

const cache = () =>
  llmdClusterCacheMock({
    clusters: [
      { name: 'ocp', defaults: { eppDialectAssumed: true } },
      { name: 'pinned', defaults: { eppDialect: 'scheduler-v0.3' } },
    ],
    objects: ['ocp', 'pinned'].flatMap(cluster => [
      { cluster, object: openShiftAiTemplate() },
      { cluster, object: granite },
    ]),
  });

const configRequired = (findings: readonly any[] = []) =>
  findings
    .filter(f => String(f.message).includes('epp-config-required'))
    .map(f => `${f.severity} ${f.rule} ${f.path}`);

describe('governance of a model without an EPP config, by how certain the scheduler dialect is', () => {
  it('denies it only where the dialect is configured, in the fleet view and on the model page', async () => {
    await withLlmdTestBackend(
      { cache: cache(), config: { llmd: { policy: POLICY } } },
      async backend => {
        const get = (path: string) =>
          request(backend.server)
            .get(`/api/llmd${path}`)
            .set('Authorization', mockCredentials.user.header());

        const fleet = await get('/governance');
        expect(fleet.status).toBe(200);
        const byCluster = Object.fromEntries(
          fleet.body.items
            .filter((i: any) => i.name === 'granite-8b')
            .map((i: any) => [i.cluster, configRequired(i.findings)]),
        );
        expect(byCluster.ocp ?? []).toEqual([]);
        expect(byCluster.pinned).toEqual([
          'deny epp-lint-errors spec.router.scheduler',
        ]);

        const detail = await get('/models/team-a/granite-8b');
        expect(detail.status).toBe(200);
        const clusters = Object.fromEntries(
          detail.body.clusters.map((c: any) => [c.cluster, c]),
        );
        // the model page still says what that lower bound would mean
        expect(clusters.ocp.eppDialect.source).toBe('flags');
        expect(clusters.ocp.epp.builtIn.kind).toBe('cannot-start');
        expect(configRequired(clusters.ocp.findings)).toEqual([]);
        expect(clusters.pinned.eppDialect.source).toBe('configured');
        expect(configRequired(clusters.pinned.findings)).toEqual([
          'deny epp-lint-errors spec.router.scheduler',
        ]);

        const list = await get('/models');
        const counts = Object.fromEntries(
          list.body.items
            .filter((m: any) => m.name === 'granite-8b')
            .map((m: any) => [m.cluster, m.findings]),
        );
        expect(counts.ocp).toEqual({ deny: 0, warn: 0 });
        expect(counts.pinned).toEqual({ deny: 1, warn: 0 });
      },
    );
  });
});
