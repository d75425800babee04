import type { EppScorerStep } from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { stepLabel } from './PipelineStep';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { marginBottom: theme.spacing(1), cursor: 'help' },
  track: {
    height: theme.spacing(1),
    borderRadius: theme.spacing(0.5),
    background: theme.palette.action.hover,
    overflow: 'hidden',
  },
  bar: {
    height: '100%',
    background: theme.palette.primary.main,
  },
}));

/** The share of the profile's total weight as a whole percentage (what the bar and the label show). */
const sharePercent = (scorer: EppScorerStep) =>
  Math.round(Math.max(0, Math.min(1, scorer.share)) * 100);

/** Props of {@link ScorerBars}. */
export interface ScorerBarsProps {
  readonly scorers: readonly EppScorerStep[];
}

/**
 * The Score stage: one horizontal bar per scorer, as long as its share of the profile's total weight, labelled
 * `name (type) weight w · NN%`. Each bar is a `meter` so screen readers get the percentage.
 */
export function ScorerBars({ scorers }: ScorerBarsProps) {
  const classes = useStyles();
  if (scorers.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No scorers: every endpoint that passes the filters ties, so the picker
        chooses among all of them.
      </Typography>
    );
  }
  return (
    <ul className={classes.list}>
      {scorers.map((scorer, index) => {
        const percent = sharePercent(scorer);
        const label = `${stepLabel(scorer)} weight ${
          scorer.weight
        } · ${percent}%`;
        return (
          <Tooltip
            key={`${scorer.name}-${index}`}
            title={scorer.description}
            arrow
          >
            {/* focusable so keyboard users can open the tooltip with the scorer's description */}
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
            <li className={classes.item} tabIndex={0}>
              <Typography variant="body2" component="span">
                {label}
              </Typography>
              {scorer.implicit && (
                <Typography variant="caption" color="textSecondary">
                  {' '}
                  (added by the loader)
                </Typography>
              )}
              <div
                className={classes.track}
                role="meter"
                aria-label={`${scorer.name}: ${percent}% of the score`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                aria-valuetext={`${percent}%`}
              >
                <Box className={classes.bar} style={{ width: `${percent}%` }} />
              </div>
            </li>
          </Tooltip>
        );
      })}
    </ul>
  );
}
