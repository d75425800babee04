import type { MetricsSourceInfo } from '@llmd/plugin-llmd-common';
import Typography from '@material-ui/core/Typography';

/** Props of {@link MetricsSourceLine}. */
export interface MetricsSourceLineProps {
  readonly source?: MetricsSourceInfo;
  /** Unix seconds of the Prometheus evaluation. */
  readonly evaluatedAt: number;
}

/** Where the numbers come from and when: the Prometheus URL, the metric names found, the time of evaluation. */
export function MetricsSourceLine({
  source,
  evaluatedAt,
}: MetricsSourceLineProps) {
  const names = Object.values(source?.names ?? {});
  const at = new Date(evaluatedAt * 1000).toLocaleTimeString();
  return (
    <Typography variant="caption" color="textSecondary" component="p">
      {source ? `From ${source.url}` : 'No metrics source'}
      {names.length ? ` · names: ${names.join(', ')}` : ''} · as of {at}
    </Typography>
  );
}
