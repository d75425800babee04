import type { KindAccess } from '@llmd/plugin-llmd-common';
import type { CliIo } from '../cliIo';
import { EXIT } from '../CliUsageError';
import { diagnoseCluster, type DiagnoseRequest } from './diagnoseCluster';
import { formatDiagnoseText } from './formatDiagnoseText';

/** What `llmd diagnose` was asked. */
export interface RunDiagnoseRequest extends DiagnoseRequest {
  readonly format: 'text' | 'json';
}

/** Why no model is in the report: none matched, or the credentials could not list them. */
function noModel(
  { namespace, name }: DiagnoseRequest,
  access: KindAccess,
): string {
  const where = namespace ? ` in namespace ${namespace}` : '';
  if (access.state === 'forbidden') {
    return `cannot list LLMInferenceServices${where} (missing permission: ${
      access.permission
    })${
      namespace ? '' : '; name a namespace the credentials may read with -n'
    }`;
  }
  if (access.state === 'not-installed') {
    return 'the cluster serves no LLMInferenceService API (KServe is not installed)';
  }
  if (access.state === 'error') {
    return `cannot list LLMInferenceServices${where}: ${access.message}`;
  }
  return name
    ? `no LLMInferenceService named ${name}${where}`
    : `no LLMInferenceService${where}`;
}

/**
 * Diagnoses the cluster and prints the report (text or JSON on stdout). Returns 0 when every model is reachable and
 * 1 otherwise, also when no model matched (said on stderr, so stdout stays the report).
 */
export async function runDiagnose(
  request: RunDiagnoseRequest,
  io: CliIo,
): Promise<number> {
  const { report, modelAccess } = await diagnoseCluster(request);
  if (request.format === 'json') {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout(formatDiagnoseText(report, request.target.server));
  }
  if (report.models.length === 0) {
    io.stderr(`llmd: ${noModel(request, modelAccess)}\n`);
    return EXIT.findings;
  }
  return report.models.every(model => model.verdict === 'reachable')
    ? EXIT.ok
    : EXIT.findings;
}
