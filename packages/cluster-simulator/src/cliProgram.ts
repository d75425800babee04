import {
  Command,
  CommanderError,
  InvalidArgumentError,
  Option,
} from 'commander';
import fs from 'node:fs';
import { stringify } from 'yaml';
import { simulatorKubeconfigDocument } from './simulatorKubeConfig';
import { startClusterSimulator } from './startClusterSimulator';
import { ClusterSimulator, ClusterSimulatorOptions } from './types';

/** Where the CLI writes and how it ends; replaceable in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  exit(code: number): void;
}

const processIo: CliIo = {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  exit: code => process.exit(code),
};

/** A command-line mistake: one line on stderr, exit code 2. */
class UsageError extends Error {}

function nonNegativeInt(max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n > max) {
      throw new InvalidArgumentError(
        `expected an integer from 0 to ${max}, got "${value}"`,
      );
    }
    return n;
  };
}

/** A positive rate with at most a few requests per second per model: the demo's load, not a benchmark. */
function requestRate(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n <= 0 || n > 20) {
    throw new InvalidArgumentError(
      `expected requests per second per model, more than 0 and at most 20, got "${value}"`,
    );
  }
  return n;
}

function existingDir(flag: string, dir: string): string {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new UsageError(`${flag} ${dir}: not a directory`);
  }
  return dir;
}

const CRD_NAME =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$/;

/** `--crds bundled|none|DIR...` and `--omit-crd NAME...` as simulator options. */
function crdOptions(
  crds: string[] | undefined,
  omit: string[] | undefined,
): Pick<ClusterSimulatorOptions, 'crds' | 'crdDirs' | 'omitCrds'> {
  const bad = (omit ?? []).find(name => !CRD_NAME.test(name));
  if (bad) {
    throw new UsageError(
      `--omit-crd ${bad}: expected a CRD name <plural>.<group>, e.g. authpolicies.kuadrant.io`,
    );
  }
  const omitCrds = omit?.length ? { omitCrds: omit } : {};
  const keywords = (crds ?? []).filter(v => v === 'bundled' || v === 'none');
  if (keywords.length > 0) {
    if (crds!.length > 1) {
      throw new UsageError(
        `--crds ${keywords[0]} cannot be combined with another --crds`,
      );
    }
    return { crds: keywords[0] as 'bundled' | 'none', ...omitCrds };
  }
  return crds
    ? { crdDirs: crds.map(dir => existingDir('--crds', dir)), ...omitCrds }
    : omitCrds;
}

/** `--data-plane` and what only the data plane does. */
function withDataPlaneOptions(program: Command): Command {
  return program
    .option(
      '--data-plane',
      "Gateways on loopback, simulated vLLM behind them, their pods' /metrics on a pod network (podNetworkUrl in the JSON line)",
    )
    .addOption(
      new Option(
        '--background-load <rps>',
        'data plane: send this many requests per second to each Ready model, so metrics move (implies --data-plane)',
      ).argParser(requestRate),
    );
}

function buildProgram(): Command {
  const program = new Command('cluster-simulator')
    .description(
      'Kubernetes API server simulator: prints {"url","token","caData","podNetworkUrl"} as one JSON line once listening',
    )
    .option(
      '--seed <dir>',
      'load every *.yaml/*.yml under this directory (repeatable: loaded in order)',
      (value: string, values: string[] = []) => [...values, value],
    )
    .addOption(
      new Option('--port <port>', 'port (0 = any free port)')
        .argParser(nonNegativeInt(65535))
        .default(0),
    )
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option(
      '--tls',
      'serve HTTPS with a self-signed certificate (caData in the JSON line)',
    )
    .option(
      '--controller',
      'mimic the KServe controller (status of LLMInferenceServices and Gateways)',
    )
    .addOption(
      new Option(
        '--ready-after-ms <ms>',
        'controller: time until a model reports Ready (implies --controller)',
      ).argParser(nonNegativeInt(86_400_000)),
    )
    .addOption(
      new Option(
        '--latency-ms <ms>',
        'latency added to every request',
      ).argParser(nonNegativeInt(600_000)),
    )
    .option('--token <token>', 'the admin bearer token (default: random)')
    .option(
      '--crds <source>',
      'CRDs to serve: bundled (default: the catalog of @llmd/crd-validator), none, or a directory scanned for CRD files (repeatable)',
      (value: string, values: string[] = []) => [...values, value],
    )
    .option(
      '--omit-crd <plural.group>',
      'do not serve this CRD, e.g. authpolicies.kuadrant.io (repeatable)',
      (value: string, values: string[] = []) => [...values, value],
    )
    .option(
      '--crd-schemas',
      'serve the CRDs with their openAPIV3Schema, as a real API server does',
    )
    .option(
      '--kubeconfig-out <file>',
      'also write a kubeconfig for the simulator (mode 0600)',
    )
    .exitOverride()
    .configureOutput({ writeErr: () => {} });
  return withDataPlaneOptions(program);
}

/** Parses the arguments into simulator options (throws CommanderError or UsageError). */
function parseOptions(
  program: Command,
  argv: string[],
): { options: ClusterSimulatorOptions; kubeconfigOut?: string } {
  program.parse(argv, { from: 'user' });
  const o = program.opts();
  const readyAfterMs: number | undefined = o.readyAfterMs;
  return {
    options: {
      host: o.host,
      port: o.port,
      tls: Boolean(o.tls),
      seedDirs: ((o.seed ?? []) as string[]).map(dir =>
        existingDir('--seed', dir),
      ),
      ...crdOptions(o.crds, o.omitCrd),
      crdSchemas: Boolean(o.crdSchemas),
      controller:
        readyAfterMs !== undefined
          ? { readyAfterMs }
          : Boolean(o.controller || o.dataPlane || o.backgroundLoad),
      dataPlane: Boolean(o.dataPlane || o.backgroundLoad),
      backgroundLoad: o.backgroundLoad,
      latencyMs: o.latencyMs,
      adminToken: o.token,
      logger: line => process.stderr.write(`[cluster-simulator] ${line}\n`),
    },
    kubeconfigOut: o.kubeconfigOut,
  };
}

/**
 * Runs the `cluster-simulator` command: starts a simulator, prints one JSON line with url, token, caData and (with
 * the data plane) podNetworkUrl to stdout, logs to stderr, and stops cleanly on SIGINT/SIGTERM. Bad arguments exit 2 with one line.
 *
 * @param argv - the arguments after the program name
 */
export async function runCli(
  argv: string[],
  io: CliIo = processIo,
): Promise<void> {
  const program = buildProgram();
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(program, argv);
  } catch (e) {
    if (
      e instanceof CommanderError &&
      (e.exitCode === 0 || e.code === 'commander.helpDisplayed')
    ) {
      io.stdout(program.helpInformation());
      io.exit(0);
      return;
    }
    if (e instanceof CommanderError || e instanceof UsageError) {
      io.stderr(`cluster-simulator: ${e.message.replace(/^error: /, '')}\n`);
      io.exit(2);
      return;
    }
    throw e;
  }
  let sim: ClusterSimulator;
  try {
    sim = await startClusterSimulator(parsed.options);
    if (parsed.kubeconfigOut) {
      fs.writeFileSync(
        parsed.kubeconfigOut,
        stringify(simulatorKubeconfigDocument(sim)),
        { mode: 0o600 },
      );
      fs.chmodSync(parsed.kubeconfigOut, 0o600);
    }
  } catch (e) {
    io.stderr(`cluster-simulator: ${(e as Error).message}\n`);
    io.exit(1);
    return;
  }
  const stop = (signal: string) => {
    io.stderr(`[cluster-simulator] ${signal}: stopping\n`);
    sim.close().then(
      () => io.exit(0),
      () => io.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  io.stdout(
    `${JSON.stringify({
      url: sim.url,
      token: sim.adminToken,
      caData: sim.caData,
      podNetworkUrl: sim.podNetworkUrl,
    })}\n`,
  );
}
