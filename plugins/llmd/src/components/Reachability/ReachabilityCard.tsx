import { InfoCard, Progress } from '@backstage/core-components';
import type { ModelClusterDiagnosis } from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { ModelRef } from '../../api';
import { useModelDiagnosis } from '../../hooks/useModelDiagnosis';
import { type ProbeState, useProbeModel } from '../../hooks/useProbeModel';
import { LlmdErrorState } from '../common/LlmdErrorState';
import { ChainFix } from './ChainFix';
import { ChainStepDetails } from './ChainStepDetails';
import { probeDisabledReason } from './probeDisabledReason';
import { ProbeNowButton } from './ProbeNowButton';
import { ProbeSummary } from './ProbeSummary';
import { ReachabilityChain } from './ReachabilityChain';
import { VerdictChip } from './VerdictChip';

/** Props of {@link ReachabilityCard}. */
export interface ReachabilityCardProps {
  readonly model: ModelRef;
  /** The cluster whose copy of the model the card diagnoses. */
  readonly cluster: string;
}

interface DiagnosisViewProps extends ReachabilityCardProps {
  readonly diagnosis: ModelClusterDiagnosis;
  readonly probe: ProbeState;
  readonly onProbe: () => void;
}

/** A loaded diagnosis: verdict and "Probe now", the chain, the fix, the last probe and every step in words. */
function DiagnosisView(props: DiagnosisViewProps) {
  const { model, cluster, diagnosis, probe } = props;
  const modelName = `${model.namespace}/${model.name}`;
  const disabledReason = probeDisabledReason(diagnosis, probe);
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        <VerdictChip
          verdict={diagnosis.verdict}
          label={`Reachability on ${cluster}`}
        />
        <Box flexGrow={1} />
        <ProbeNowButton
          model={model}
          cluster={cluster}
          probing={probe.phase === 'probing'}
          disabledReason={disabledReason}
          onProbe={props.onProbe}
        />
      </Box>
      <ReachabilityChain
        steps={diagnosis.steps}
        label={`Reachability chain of ${modelName} on ${cluster}`}
      />
      <ChainFix diagnosis={diagnosis} />
      {probe.phase === 'failed' && (
        <LlmdErrorState
          error={probe.error}
          what="probe the model"
          onRetry={props.onProbe}
        />
      )}
      {disabledReason && (
        <Typography variant="body2" color="textSecondary">
          {probe.phase === 'refused' ? 'Probe refused' : 'No active probe'}:{' '}
          {disabledReason}
        </Typography>
      )}
      {diagnosis.probe && <ProbeSummary probe={diagnosis.probe} />}
      <ChainStepDetails
        steps={diagnosis.steps}
        caption={`Reachability steps of ${modelName} on ${cluster}`}
      />
    </Box>
  );
}

/**
 * "Can clients reach this model on this cluster, and if not, what do I fix?": the chain from the cluster's CRDs
 * through Gateway, HTTPRoute, auth, InferencePool and workloads to the URL and the active probe, drawn as boxes
 * coloured by status, with the first broken step's fix under it and a "Probe now" button for those allowed.
 */
export function ReachabilityCard({ model, cluster }: ReachabilityCardProps) {
  const { value, loading, error, retry } = useModelDiagnosis(model, cluster);
  const { state: probe, probe: runProbe } = useProbeModel(model, cluster);
  const diagnosis = probe.phase === 'probed' ? probe.diagnosis : value;
  let body;
  if (loading && !diagnosis) {
    body = <Progress aria-label="Loading reachability" />;
  } else if (error && !diagnosis) {
    body = (
      <LlmdErrorState error={error} what="diagnose the model" onRetry={retry} />
    );
  } else if (!diagnosis) {
    body = (
      <Alert severity="info">
        The backend reports no reachability diagnosis of {model.namespace}/
        {model.name} on {cluster}.
      </Alert>
    );
  } else {
    body = (
      <DiagnosisView
        model={model}
        cluster={cluster}
        diagnosis={diagnosis}
        probe={probe}
        onProbe={runProbe}
      />
    );
  }
  return (
    <InfoCard
      title="Reachability"
      subheader="Gateway → HTTPRoute → auth → InferencePool → workloads → URL"
    >
      {body}
    </InfoCard>
  );
}
