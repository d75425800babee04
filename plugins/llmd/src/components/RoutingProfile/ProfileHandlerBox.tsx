import type { EndpointPickerConfigDescription } from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { EppDisaggregationStage } from '@llmd/plugin-llmd-common';
import { PipelineStep } from './PipelineStep';

const useStyles = makeStyles(theme => ({
  box: {
    padding: theme.spacing(1, 1.5),
    marginBottom: theme.spacing(2),
    border: `1px solid ${theme.palette.divider}`,
    borderLeft: `4px solid ${theme.palette.primary.main}`,
    borderRadius: theme.shape.borderRadius,
  },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(0.5),
  },
}));

/** "prefill runs when …" with the parameter that sets it, e.g. "(threshold of pd-profile-handler: 500 tokens)". */
function decisionText(decision: EppDisaggregationStage): string {
  const setting =
    decision.parameter && decision.plugin
      ? ` (${decision.parameter} of ${decision.plugin.name}: ${
          decision.tokens
        }${decision.defaulted ? ', the default' : ''})`
      : '';
  const stage =
    decision.stage.charAt(0).toUpperCase() + decision.stage.slice(1);
  return `${stage} (profile “${decision.profile}”) runs ${decision.when}${setting}.`;
}

/** Props of {@link ProfileHandlerBox}. */
export interface ProfileHandlerBoxProps {
  readonly handler: EndpointPickerConfigDescription['handler'];
  readonly routing: EndpointPickerConfigDescription['routing'];
  /** When the disaggregated stages run (P/D threshold); empty for handlers that do not disaggregate. */
  readonly stages: readonly EppDisaggregationStage[];
}

/**
 * The profile handler, which chooses the scheduling profiles a request runs: its plugin, how it routes and, for P/D
 * handlers, the threshold that decides when prefill (or encode) runs on its own pool.
 */
export function ProfileHandlerBox({
  handler,
  routing,
  stages,
}: ProfileHandlerBoxProps) {
  const classes = useStyles();
  return (
    <Box className={classes.box} role="group" aria-label="Profile handler">
      <div className={classes.head}>
        <Typography variant="overline" component="h4">
          Profile handler
        </Typography>
        <PipelineStep step={handler} />
      </div>
      <Typography variant="body2">{routing}</Typography>
      {stages.map(d => (
        <Typography
          key={d.stage}
          variant="body2"
          data-testid={`pd-threshold-${d.stage}`}
        >
          <strong>
            {d.stage === 'prefill' ? 'P/D threshold' : 'Encode decider'}:
          </strong>{' '}
          {decisionText(d)}
        </Typography>
      ))}
    </Box>
  );
}
