import type { CliIo } from '../cliIo';
import { EXIT } from '../CliUsageError';
import { diagnoseCluster, type DiagnoseRequest } from './diagnoseCluster';
import { formatDiagnoseText } from './formatDiagnoseText';

/** What `llmd diagnose` was asked. */
export interface RunDiagnoseRequest extends DiagnoseRequest {
  readonly format: 'text' | 'json';
}

/** Which models were asked for, in words. */
function selection({ namespace, name }: DiagnoseRequest): string {
  const where = namespace ? ` in namespace ${namespace}` : '';
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
  const report = await diagnoseCluster(request);
  if (request.format === 'json') {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout(formatDiagnoseText(report, request.target.server));
  }
  if (report.models.length === 0) {
    io.stderr(`llmd: ${selection(request)}\n`);
    return EXIT.findings;
  }
  return report.models.every(model => model.verdict === 'reachable')
    ? EXIT.ok
    : EXIT.findings;
}
