import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  text: {
    color: '#7df3e1',
    fontSize: 22,
    fontWeight: 700,
    whiteSpace: 'nowrap',
    letterSpacing: 0.5,
  },
});

/** Wordmark shown in the open sidebar. */
export const LogoFull = () => {
  const classes = useStyles();
  return <span className={classes.text}>llm-d portal</span>;
};
