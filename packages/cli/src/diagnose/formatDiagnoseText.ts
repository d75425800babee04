import type { DiagnosisStep, ModelProbeResult } from '@llmd/plugin-llmd-common';
import type { DiagnosedModel, DiagnoseReport } from './diagnoseReport';

const SYMBOL: Record<DiagnosisStep['status'], string> = {
  ok: '✔',
  warn: '⚠',
  fail: '✖',
  unknown: '?',
  skip: '-',
};

interface Line {
  readonly status: DiagnosisStep['status'];
  readonly id: string;
  readonly message: string;
  readonly fix?: string;
}

/** Step lines with ids padded to one column; the fix of a line (when given) on the line below it. */
function lines(items: readonly Line[], width: number): string[] {
  return items.flatMap(item => [
    `  ${SYMBOL[item.status]} ${item.id.padEnd(width)}  ${item.message}`,
    ...(item.fix ? [`    fix: ${item.fix}`] : []),
  ]);
}

/** Where the probe went; its outcome and latencies are the probe step's message. */
function probeLine(probe: ModelProbeResult): string {
  return `  probed GET ${probe.url}`;
}

/** A model's chain: one line per step, the fix under the first step that is not ok. */
function modelSection(model: DiagnosedModel): string[] {
  const firstProblem = model.steps.find(
    step => step.status !== 'ok' && step.status !== 'skip' && step.fix,
  );
  const width = Math.max(...model.steps.map(step => step.id.length));
  return [
    `${model.namespace}/${model.name}: ${model.verdict}`,
    ...lines(
      model.steps.map(step => ({
        status: step.status,
        id: step.id,
        // the messages name their objects already; `object` is in the JSON output
        message: step.message,
        fix: step === firstProblem ? step.fix : undefined,
      })),
      width,
    ),
    ...(model.probe ? [probeLine(model.probe)] : []),
  ];
}

/**
 * The text output of `llmd diagnose`: the cluster's preflight (each check, the fix under those that are not ok), then
 * each model's chain, then a one-line summary.
 */
export function formatDiagnoseText(
  report: DiagnoseReport,
  server: string,
): string {
  const { preflight, models } = report;
  const width = Math.max(...preflight.checks.map(check => check.id.length));
  const reachable = models.filter(m => m.verdict === 'reachable').length;
  const sections = [
    [
      `Cluster ${preflight.cluster} (${server}), preflight: ${preflight.status}`,
      ...lines(
        preflight.checks.map(check => ({
          ...check,
          fix: check.status === 'ok' ? undefined : check.fix,
        })),
        width,
      ),
    ],
    ...models.map(modelSection),
    [`${reachable} of ${models.length} models reachable`],
  ];
  return `${sections.map(section => section.join('\n')).join('\n\n')}\n`;
}
