import { useTheme } from '@material-ui/core/styles';

/** The line colours of a chart, in line order, from the theme (so dark mode and custom themes apply). */
export function useSeriesColours(): readonly string[] {
  const { palette } = useTheme();
  return [
    palette.primary.main,
    palette.secondary.main,
    palette.success.main,
    palette.warning.main,
    palette.info.main,
  ];
}
