import { makeStyles } from '@material-ui/core/styles';

/**
 * Colours of the reachability statuses, one class per status: ok green, warn amber, fail red, unknown grey, skip
 * dimmed and outlined only. The classes set `color` (icons, text) and `borderColor`; boxes add their own border.
 */
export const useStatusStyles = makeStyles(theme => ({
  ok: {
    color: theme.palette.success.main,
    borderColor: theme.palette.success.main,
  },
  warn: {
    color: theme.palette.warning.main,
    borderColor: theme.palette.warning.main,
  },
  fail: {
    color: theme.palette.error.main,
    borderColor: theme.palette.error.main,
  },
  unknown: {
    color: theme.palette.text.secondary,
    borderColor: theme.palette.grey[500],
  },
  skip: {
    color: theme.palette.text.disabled,
    borderColor: theme.palette.divider,
    opacity: 0.7,
  },
}));
