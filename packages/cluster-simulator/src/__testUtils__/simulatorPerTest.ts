import { startClusterSimulator } from '../startClusterSimulator';
import { ClusterSimulator, ClusterSimulatorOptions } from '../types';
import { clientsFor } from './clients';

/** The simulator of the running test and client-node clients for it (admin token). */
export interface SimulatorUnderTest {
  sim: ClusterSimulator;
  clients: ReturnType<typeof clientsFor>;
}

/**
 * Starts a simulator with `options` before each test of the enclosing `describe`, runs `seed` on it and
 * closes it after the test. Read `sim` and `clients` of the result inside the tests.
 */
export function simulatorPerTest(
  options: ClusterSimulatorOptions = {},
  seed: (sim: ClusterSimulator) => void = () => {},
): SimulatorUnderTest {
  const current = {} as SimulatorUnderTest;
  beforeEach(async () => {
    current.sim = await startClusterSimulator(options);
    seed(current.sim);
    current.clients = clientsFor(current.sim);
  });
  afterEach(() => current.sim.close());
  return current;
}
