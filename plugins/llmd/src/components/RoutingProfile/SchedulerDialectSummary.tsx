import type { SchedulerEppDialect } from '@llmd/plugin-llmd-common';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';

/** Props of {@link SchedulerDialectSummary}. */
export interface SchedulerDialectSummaryProps {
  readonly eppDialect: SchedulerEppDialect;
}

/**
 * Which scheduler version the model's EPP runs, in words ("scheduler-v0.7 — from image tag v0.7.1"), with the
 * evidence that decided it and, when the image tag and the flags disagree, the conflict.
 */
export function SchedulerDialectSummary({
  eppDialect,
}: SchedulerDialectSummaryProps) {
  return (
    <div>
      <Typography variant="body2">
        <strong>Scheduler:</strong> {eppDialect.summary}
      </Typography>
      <ul
        aria-label="Scheduler version evidence"
        style={{ margin: '4px 0', paddingLeft: 20 }}
      >
        {eppDialect.evidence.map(line => (
          <li key={line}>
            <Typography variant="caption" color="textSecondary">
              {line}
            </Typography>
          </li>
        ))}
      </ul>
      {eppDialect.conflict && (
        <Alert severity="warning">{eppDialect.conflict}</Alert>
      )}
    </div>
  );
}
