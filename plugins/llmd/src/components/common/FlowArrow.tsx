import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  arrow: {
    display: 'flex',
    alignItems: 'center',
    color: theme.palette.text.secondary,
  },
}));

/** A right arrow between two boxes of a left-to-right picture; decorative, so hidden from assistive technology. */
export function FlowArrow() {
  const classes = useStyles();
  return (
    <span className={classes.arrow} aria-hidden="true">
      <svg width="24" height="16" viewBox="0 0 24 16" focusable="false">
        <path
          d="M0 8h20M14 2l6 6-6 6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        />
      </svg>
    </span>
  );
}
