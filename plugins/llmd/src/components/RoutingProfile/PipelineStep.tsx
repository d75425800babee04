import type { EppPipelineStep } from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  step: {
    display: 'block',
    padding: theme.spacing(0.5, 1),
    borderRadius: theme.shape.borderRadius,
    border: `1px solid ${theme.palette.divider}`,
    background: theme.palette.background.paper,
    cursor: 'help',
    '&:focus-visible': {
      outline: `2px solid ${theme.palette.primary.main}`,
    },
  },
  implicit: { borderStyle: 'dashed' },
  name: { fontWeight: theme.typography.fontWeightMedium as number },
}));

/** Props of {@link PipelineStep}. */
export interface PipelineStepProps {
  readonly step: EppPipelineStep;
}

/** Whether the name adds anything to the type (names default to the type in the loader). */
export const stepLabel = (step: EppPipelineStep) =>
  step.name === step.type ? step.name : `${step.name} (${step.type})`;

/**
 * One plugin of a pipeline: its name and type, the plugin description as a tooltip (focusable, so keyboard users get
 * it too), and "added by the loader" when the config does not write it.
 */
export function PipelineStep({ step }: PipelineStepProps) {
  const classes = useStyles();
  return (
    <Tooltip title={step.description} arrow>
      <Box
        component="span"
        tabIndex={0}
        className={`${classes.step} ${step.implicit ? classes.implicit : ''}`}
      >
        <Typography variant="body2" component="span" className={classes.name}>
          {stepLabel(step)}
        </Typography>
        {step.implicit && (
          <Typography
            variant="caption"
            color="textSecondary"
            component="span"
            display="block"
          >
            added by the loader
          </Typography>
        )}
      </Box>
    </Tooltip>
  );
}
