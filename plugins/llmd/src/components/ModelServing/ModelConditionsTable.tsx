import type { ModelCondition } from '@llmd/plugin-llmd-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';

/** Props of {@link ModelConditionsTable}. */
export interface ModelConditionsTableProps {
  readonly conditions: readonly ModelCondition[];
  /** Names the model and cluster in the caption, for screen readers. */
  readonly caption: string;
}

function formatTime(iso: string | undefined): string {
  if (!iso) return '—';
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : time.toLocaleString();
}

/** The status conditions of an LLMInferenceService: the reasons and messages say why a model is not ready. */
export function ModelConditionsTable({
  conditions,
  caption,
}: ModelConditionsTableProps) {
  if (conditions.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        The controller has not reported any condition yet.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={caption}>
      <caption>{caption}</caption>
      <TableHead>
        <TableRow>
          <TableCell>Type</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Reason</TableCell>
          <TableCell>Message</TableCell>
          <TableCell>Last transition</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {conditions.map(condition => (
          <TableRow key={condition.type}>
            <TableCell component="th" scope="row">
              {condition.type}
            </TableCell>
            <TableCell>{condition.status}</TableCell>
            <TableCell>{condition.reason ?? '—'}</TableCell>
            <TableCell>{condition.message ?? '—'}</TableCell>
            <TableCell>{formatTime(condition.lastTransitionTime)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
