import { eventually, gatewayManifest } from '@internal/test-support';
import { modelManifest } from './__testUtils__/routerFixtures';
import { GatewayAddress } from './GatewayAddressProvider';
import { createObjectAccess } from './objectAccess';
import { ObjectStore } from './ObjectStore';
import { buildResourceRegistry } from './resourceRegistry';
import { SimulatedController } from './SimulatedController';

describe('SimulatedController with an injected GatewayAddressProvider', () => {
  it('asks the provider, reconciles the Gateway once it calls back, and puts its port into status.url', async () => {
    const { table } = buildResourceRegistry([]);
    const store = new ObjectStore();
    const objects = createObjectAccess(table, store);
    let assigned: (key: string) => void = () => {};
    let ready: GatewayAddress | undefined;
    const released: string[] = [];
    const controller = new SimulatedController(store, table, {
      readyAfterMs: 0,
      log: () => {},
      addresses: callback => {
        assigned = callback;
        return { addressOf: () => ready, release: key => released.push(key) };
      },
    });
    controller.start();
    try {
      objects.apply(gatewayManifest('team-a', 'gw'));
      // The fallback registry serves no AuthPolicy CRD: auth off, or the auth precondition deletes the route.
      objects.apply(
        modelManifest('team-a', 'm', {
          gateway: { namespace: 'team-a', name: 'gw' },
          annotations: { 'security.opendatahub.io/enable-auth': 'false' },
        }),
      );
      const gateway = () =>
        objects.get(
          'gateway.networking.k8s.io/v1',
          'Gateway',
          'team-a',
          'gw',
        ) as any;
      await eventually('Programmed=False while the address is pending', () =>
        gateway()?.status?.conditions?.some(
          (c: any) =>
            c.type === 'Programmed' && c.reason === 'AddressNotAssigned',
        ),
      );

      ready = { address: '127.0.0.1', port: 41000 };
      assigned('team-a/gw');
      const model = () =>
        objects.get(
          'serving.kserve.io/v1alpha1',
          'LLMInferenceService',
          'team-a',
          'm',
        ) as any;
      await eventually(
        'the loopback URL',
        () => model()?.status?.url === 'http://127.0.0.1:41000/team-a/m',
      );
      expect(gateway().status.addresses).toEqual([
        { type: 'IPAddress', value: '127.0.0.1' },
      ]);

      objects.remove('gateway.networking.k8s.io/v1', 'Gateway', 'team-a', 'gw');
      expect(released).toEqual(['team-a/gw']);
    } finally {
      controller.close();
    }
  });
});
