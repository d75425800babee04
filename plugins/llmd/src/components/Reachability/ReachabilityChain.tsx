import {
  DIAGNOSIS_STEP_IDS,
  type DiagnosisStep,
} from '@llmd/plugin-llmd-common';
import { makeStyles } from '@material-ui/core/styles';
import { Fragment } from 'react';
import { FlowArrow } from '../common/FlowArrow';
import { ChainStepBox } from './ChainStepBox';

const useStyles = makeStyles(theme => ({
  // wraps on narrow cards; the arrows stay between the steps they join
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'stretch',
    gap: theme.spacing(1),
  },
}));

/** Props of {@link ReachabilityChain}. */
export interface ReachabilityChainProps {
  /** The steps; drawn in `DIAGNOSIS_STEP_IDS` order whatever order they come in. */
  readonly steps: readonly DiagnosisStep[];
  /** Names the picture for assistive technology, e.g. "Reachability chain on demo". */
  readonly label: string;
}

/** The chain from CRDs to probe drawn left to right: one box per step, an arrow between neighbours. */
export function ReachabilityChain({ steps, label }: ReachabilityChainProps) {
  const classes = useStyles();
  const ordered = [...steps].sort(
    (a, b) =>
      DIAGNOSIS_STEP_IDS.indexOf(a.id) - DIAGNOSIS_STEP_IDS.indexOf(b.id),
  );
  return (
    <div role="list" aria-label={label} className={classes.row}>
      {ordered.map((step, i) => (
        <Fragment key={step.id}>
          {i > 0 && <FlowArrow />}
          <ChainStepBox step={step} />
        </Fragment>
      ))}
    </div>
  );
}
