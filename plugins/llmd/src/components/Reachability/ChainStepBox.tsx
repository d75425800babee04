import type { DiagnosisStep } from '@llmd/plugin-llmd-common';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { DIAGNOSIS_STEP_NAMES } from './diagnosisStepNames';
import { STATUS_TEXT, StatusIcon } from './StatusIcon';
import { useStatusStyles } from './useStatusStyles';

const useStyles = makeStyles(theme => ({
  box: {
    flex: '1 1 128px',
    minWidth: 128,
    maxWidth: 190,
    padding: theme.spacing(0.75, 1),
    border: '2px solid',
    borderRadius: theme.shape.borderRadius,
    background: theme.palette.background.paper,
    cursor: 'help',
  },
  // in this sheet, after `box`, so it wins over the box's solid border
  skipped: { borderStyle: 'dashed' },
  head: { display: 'flex', alignItems: 'center', gap: theme.spacing(0.5) },
  name: {
    fontWeight: theme.typography.fontWeightMedium as number,
    color: theme.palette.text.primary,
    overflowWrap: 'anywhere',
  },
  object: { overflowWrap: 'anywhere' },
}));

/** What a step says in one line: its name, status and object (the box's accessible name). */
const stepAriaLabel = (step: DiagnosisStep) =>
  `${DIAGNOSIS_STEP_NAMES[step.id]}: ${STATUS_TEXT[step.status]}${
    step.object ? ` (${step.object})` : ''
  }`;

/** Props of {@link ChainStepBox}. */
export interface ChainStepBoxProps {
  readonly step: DiagnosisStep;
}

/**
 * One link of the reachability chain: a box coloured by its status, with the status icon and word, the step's name
 * and the object it looked at; the step's message (and fix) as a tooltip (keyboard and screen reader users get every
 * message in the step table under the chain).
 */
export function ChainStepBox({ step }: ChainStepBoxProps) {
  const classes = useStyles();
  const status = useStatusStyles();
  const tooltip = step.fix ? `${step.message} Fix: ${step.fix}` : step.message;
  return (
    <Tooltip title={tooltip} arrow>
      <div
        role="listitem"
        aria-label={stepAriaLabel(step)}
        data-status={step.status}
        className={`${classes.box} ${status[step.status]} ${
          step.status === 'skip' ? classes.skipped : ''
        }`}
      >
        <span className={classes.head}>
          <StatusIcon status={step.status} />
          <Typography variant="body2" component="span" className={classes.name}>
            {DIAGNOSIS_STEP_NAMES[step.id]}
          </Typography>
        </span>
        <Typography variant="caption" component="span" display="block">
          {STATUS_TEXT[step.status]}
        </Typography>
        {step.object && (
          <Typography
            variant="caption"
            color="textSecondary"
            component="span"
            display="block"
            className={classes.object}
          >
            {step.object}
          </Typography>
        )}
      </div>
    </Tooltip>
  );
}
