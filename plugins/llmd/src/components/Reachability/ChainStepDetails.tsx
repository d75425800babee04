import type { DiagnosisStep } from '@llmd/plugin-llmd-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { CollapsedSection } from '../common/CollapsedSection';
import { DIAGNOSIS_STEP_NAMES } from './diagnosisStepNames';
import { STATUS_TEXT, StatusIcon } from './StatusIcon';
import { useStatusStyles } from './useStatusStyles';

/** Props of {@link ChainStepDetails}. */
export interface ChainStepDetailsProps {
  readonly steps: readonly DiagnosisStep[];
  /** Caption of the table, e.g. "Reachability steps of team-a/granite-8b on demo". */
  readonly caption: string;
}

/** Every step's message and fix as a table, collapsed by default: the picture above is the summary. */
export function ChainStepDetails({ steps, caption }: ChainStepDetailsProps) {
  const status = useStatusStyles();
  return (
    <CollapsedSection summary={<Typography>Every step in words</Typography>}>
      <Table size="small" aria-label={caption}>
        <TableHead>
          <TableRow>
            <TableCell>Step</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Object</TableCell>
            <TableCell>Finding and fix</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {steps.map(step => (
            <TableRow key={step.id}>
              <TableCell>{DIAGNOSIS_STEP_NAMES[step.id]}</TableCell>
              <TableCell className={status[step.status]}>
                <StatusIcon status={step.status} /> {STATUS_TEXT[step.status]}
              </TableCell>
              <TableCell>{step.object ?? '—'}</TableCell>
              <TableCell>
                {step.message}
                {step.fix && (
                  <Typography variant="body2" component="div">
                    Fix: {step.fix}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </CollapsedSection>
  );
}
