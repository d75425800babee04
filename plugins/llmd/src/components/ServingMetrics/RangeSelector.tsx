import { METRICS_RANGES, type MetricsRange } from '@llmd/plugin-llmd-common';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';

/** Props of {@link RangeSelector}. */
export interface RangeSelectorProps {
  readonly value: MetricsRange;
  readonly onChange: (range: MetricsRange) => void;
}

/** The time range of the charts: 15m, 1h, 6h or 24h, one always selected. */
export function RangeSelector({ value, onChange }: RangeSelectorProps) {
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={value}
      aria-label="Time range"
      // a click on the selected button would deselect it: keep a range chosen
      onChange={(_event, next: MetricsRange | null) => next && onChange(next)}
    >
      {METRICS_RANGES.map(range => (
        <ToggleButton
          key={range}
          value={range}
          aria-label={`Last ${range}`}
          // `1h`, not `1H`: the button's uppercase would change the unit's meaning (M is not minutes)
          style={{ textTransform: 'none' }}
        >
          {range}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
