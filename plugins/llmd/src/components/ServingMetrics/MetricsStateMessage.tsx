import type { MetricsRange, MetricsState } from '@llmd/plugin-llmd-common';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type { ModelRef } from '../../api';

/** Props of {@link MetricsStateMessage}. */
export interface MetricsStateMessageProps {
  readonly state: MetricsState;
  readonly model: ModelRef;
  readonly cluster: string;
  readonly range: MetricsRange;
}

/**
 * Why the card has no (or few) numbers, in words and with what to do: metrics not configured for the cluster, no
 * series yet, or no traffic in the range. Nothing for `ok`.
 */
export function MetricsStateMessage(props: MetricsStateMessageProps) {
  const { state, model, cluster, range } = props;
  const modelName = `${model.namespace}/${model.name}`;
  switch (state) {
    case 'not-configured':
      return (
        <Alert severity="info">
          <AlertTitle>
            Metrics are not configured for cluster {cluster}
          </AlertTitle>
          Add a metrics source to that cluster's entry in the app-config:{' '}
          <code>llmd.clusters[].metrics</code> with{' '}
          <code>type: prometheus</code> and the <code>url</code> of its
          Prometheus or Thanos querier (and <code>auth</code>,{' '}
          <code>namespaceTenancy</code> for OpenShift's querier). See{' '}
          <code>docs/metrics.md</code> in the llm-d portal repository.
        </Alert>
      );
    case 'no-data':
      return (
        <Alert severity="info">
          <AlertTitle>No data yet</AlertTitle>
          Prometheus has no series of {modelName} on {cluster}. It scrapes new
          pods within a minute or two; if this stays, check that a PodMonitor or
          scrape config selects the model's pods.
        </Alert>
      );
    case 'no-traffic':
      return (
        <Alert severity="info">
          <AlertTitle>No traffic</AlertTitle>
          {modelName} served no request on {cluster} in the last {range}:
          latencies and rates have no values; the pods' gauges are below.
        </Alert>
      );
    case 'unavailable':
      return (
        <Alert severity="error">
          <AlertTitle>Prometheus is unavailable</AlertTitle>
          The metrics of {cluster} could not be read.
        </Alert>
      );
    default:
      return null;
  }
}
