/** What the card and the fleet page say for a cluster without `llmd.clusters[].metrics`, and how to fix it. */
export function metricsNotConfiguredWarning(cluster: string): string {
  return (
    `Metrics are not configured for cluster ${cluster}: set llmd.clusters[].metrics of ${cluster} to its Prometheus ` +
    `({type: prometheus, url, auth: {type: serviceAccountToken, token}}; on OpenShift the Thanos querier, port 9092 ` +
    `with namespaceTenancy: true), see docs/metrics.md`
  );
}
