import type { EppProfileDescription } from '@llmd/plugin-llmd-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import type { ReactNode } from 'react';
import { FlowArrow } from '../common/FlowArrow';
import { PipelineStep, stepLabel } from './PipelineStep';
import { ScorerBars } from './ScorerBars';

const useStyles = makeStyles(theme => ({
  figure: { margin: theme.spacing(0, 0, 2, 0) },
  caption: { marginBottom: theme.spacing(1) },
  // wraps on narrow cards; the arrows stay between the stages they join
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'stretch',
    gap: theme.spacing(1),
  },
  stage: {
    flex: '1 1 160px',
    minWidth: 140,
    padding: theme.spacing(1),
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    background: theme.palette.background.default,
  },
  score: { flex: '2 1 260px' },
  steps: { display: 'flex', flexDirection: 'column', gap: theme.spacing(0.5) },
}));

function Stage(props: {
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const classes = useStyles();
  return (
    <section
      className={`${classes.stage} ${props.className ?? ''}`}
      aria-label={props.title}
    >
      <Typography variant="overline" component="h4">
        {props.title}
      </Typography>
      {props.children}
    </section>
  );
}

/** Props of {@link ProfilePipeline}. */
export interface ProfilePipelineProps {
  readonly profile: EppProfileDescription;
}

/**
 * One scheduling profile drawn left to right as Filter → Score → Pick: the filters in order, a bar per scorer sized by
 * its normalized weight, and the picker; entries the scheduler ignores are listed below with a warning.
 */
export function ProfilePipeline({ profile }: ProfilePipelineProps) {
  const classes = useStyles();
  return (
    <figure
      className={classes.figure}
      role="group"
      aria-label={`Scheduling profile ${profile.name}: Filter → Score → Pick`}
    >
      <Typography
        variant="subtitle2"
        component="figcaption"
        className={classes.caption}
      >
        Profile “{profile.name}”
        <Typography
          variant="body2"
          color="textSecondary"
          component="span"
          display="block"
        >
          {profile.summary}
        </Typography>
      </Typography>
      <div className={classes.row}>
        <Stage title="Filter">
          <div className={classes.steps}>
            {profile.filters.length === 0 ? (
              <Typography variant="body2" color="textSecondary">
                No filter: every endpoint is considered.
              </Typography>
            ) : (
              profile.filters.map((step, i) => (
                <PipelineStep key={`${step.name}-${i}`} step={step} />
              ))
            )}
          </div>
        </Stage>
        <FlowArrow />
        <Stage title="Score" className={classes.score}>
          <ScorerBars scorers={profile.scorers} />
        </Stage>
        <FlowArrow />
        <Stage title="Pick">
          <PipelineStep step={profile.picker} />
        </Stage>
      </div>
      <IgnoredSteps steps={profile.ignored} />
    </figure>
  );
}

/** Entries the scheduler ignores (neither filter, scorer nor picker), listed with a warning; nothing when none. */
function IgnoredSteps({ steps }: { steps: EppProfileDescription['ignored'] }) {
  if (steps.length === 0) return null;
  return (
    <Alert severity="warning" style={{ marginTop: 8 }}>
      Listed in this profile but ignored by the scheduler (not a filter, scorer
      or picker):
      <ul>
        {steps.map((step, i) => (
          <li key={`${step.name}-${i}`}>
            {stepLabel(step)}: {step.description}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
