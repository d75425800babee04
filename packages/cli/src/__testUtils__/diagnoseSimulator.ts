import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eventually, repoRoot } from '@internal/test-support';
import {
  type ClusterSimulator,
  type ClusterSimulatorOptions,
  simulatorKubeconfigDocument,
  startClusterSimulator,
} from '@llmd/cluster-simulator';
import { stringify } from 'yaml';
import { runTestCliOnDisk } from '../testCliIo';

/** The simulator of the running test, its kubeconfig file and `llmd diagnose` against it. */
export interface DiagnoseSimulator {
  sim: ClusterSimulator;
  /** Kubeconfig of the admin token, in a temporary directory. */
  kubeconfig: string;
  /** Writes a kubeconfig for another token; returns its path. */
  kubeconfigFor(token: string): string;
  /** `llmd diagnose --kubeconfig <admin kubeconfig> <args>`. */
  diagnose(...args: string[]): ReturnType<typeof runTestCliOnDisk>;
}

/** The GitOps example repository (a shared and a tenant Gateway, team-a with two models), as a cluster holds it. */
const EXAMPLE_GITOPS = path.join(repoRoot, 'examples', 'gitops');

/**
 * Starts a simulator with the KServe-like controller and the data plane (Gateways on loopback), seeded with examples/gitops, before each test of the enclosing
 * `describe` (`options` added), and closes it after the test.
 */
export function diagnoseSimulatorPerTest(
  options: ClusterSimulatorOptions = {},
): DiagnoseSimulator {
  const current = {} as DiagnoseSimulator;
  let dir: string;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmd-diagnose-'));
    const sim = await startClusterSimulator({
      seedDir: EXAMPLE_GITOPS,
      controller: true,
      dataPlane: true,
      ...options,
    });
    const kubeconfigFor = (token: string) => {
      const file = path.join(dir, `kubeconfig-${fs.readdirSync(dir).length}`);
      fs.writeFileSync(
        file,
        stringify(simulatorKubeconfigDocument(sim, token)),
      );
      return file;
    };
    const kubeconfig = kubeconfigFor(sim.adminToken);
    Object.assign(current, {
      sim,
      kubeconfig,
      kubeconfigFor,
      diagnose: (...args: string[]) =>
        runTestCliOnDisk(['diagnose', '--kubeconfig', kubeconfig, ...args]),
    });
  });
  afterEach(async () => {
    await current.sim?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return current;
}

/** Adds a token that may only read `namespace` (anything in it) and writes its kubeconfig; returns its path. */
export function namespaceReaderKubeconfig(
  t: DiagnoseSimulator,
  namespace: string,
): string {
  const token = `${namespace}-reader`;
  t.sim.addToken(token, [
    {
      verbs: ['get', 'list', 'watch'],
      apiGroups: ['*'],
      resources: ['*'],
      namespaces: [namespace],
    },
  ]);
  return t.kubeconfigFor(token);
}

/** A step of `llmd diagnose --format json`. */
export interface JsonStep {
  id: string;
  status: string;
  message: string;
  fix?: string;
}

/** The first step of a chain that is neither ok nor skipped. */
function firstProblem(steps: readonly JsonStep[]): JsonStep | undefined {
  return steps.find(step => step.status !== 'ok' && step.status !== 'skip');
}

/**
 * Runs `llmd diagnose <args> --format json` until the first model's first problem is `step` (the simulated
 * controller reacts asynchronously; at most 5 s), then once more in text: both results and that step.
 */
export async function diagnoseUntilStep(
  t: DiagnoseSimulator,
  step: string,
  ...args: string[]
) {
  let json = await t.diagnose(...args, '--format', 'json');
  for (let attempt = 0; attempt < 50; attempt++) {
    const steps = JSON.parse(json.stdout).models[0]?.steps ?? [];
    if (firstProblem(steps)?.id === step) break;
    await new Promise(resolve => setTimeout(resolve, 100));
    json = await t.diagnose(...args, '--format', 'json');
  }
  const report = JSON.parse(json.stdout);
  const problem = firstProblem(report.models[0]?.steps ?? []);
  const text = await t.diagnose(...args);
  return { json, report, problem, text };
}

/** The text line of a failing step and the fix under it. */
export function failedStepText(problem: JsonStep): string {
  return `  ✖ ${problem.id.padEnd(18)}  ${problem.message}\n    fix: ${
    problem.fix
  }\n`;
}

/** Waits until the simulated controller published the model's URL (its Gateway got its loopback listener). */
export function modelUrl(
  t: DiagnoseSimulator,
  namespace: string,
  name: string,
): Promise<string> {
  return eventually(
    `the URL of ${namespace}/${name}`,
    () => {
      const model = t.sim.get(
        'serving.kserve.io/v1alpha1',
        'LLMInferenceService',
        namespace,
        name,
      ) as { status?: { url?: string } } | undefined;
      return model?.status?.url;
    },
    { timeoutMs: 30_000 },
  );
}
