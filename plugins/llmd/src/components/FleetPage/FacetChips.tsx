import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { LabelledSelect } from './LabelledSelect';

/** Chips shown per facet; the other values are in a drop-down, so 500 tenants do not bury the table. */
const MAX_CHIPS = 10;

/** Props of {@link FacetChips}. */
export interface FacetChipsProps {
  /** The facet's name: "Tenant", "Cluster", "Routing". */
  readonly label: string;
  /** Models per value, from the response's `facets`. */
  readonly counts: Readonly<Record<string, number>>;
  readonly selected?: string;
  /** Called with the value clicked, or undefined when the selected chip is clicked again. */
  readonly onSelect: (value: string | undefined) => void;
}

/** The values without a chip, in a drop-down. */
function MoreValues(props: {
  label: string;
  values: readonly (readonly [string, number])[];
  onSelect: (value: string | undefined) => void;
}) {
  return (
    <LabelledSelect
      label={`More ${props.label.toLocaleLowerCase('en-US')} values (${
        props.values.length
      })`}
      value=""
      options={[
        ['', ''],
        ...props.values.map(
          ([value, count]) => [value, `${value} (${count})`] as const,
        ),
      ]}
      onChange={props.onSelect}
      style={{ minWidth: 120, marginLeft: 8 }}
    />
  );
}

/**
 * One facet of the fleet as filter chips, "team-a (12)", most models first; the selected chip is filled and pressed.
 */
export function FacetChips({
  label,
  counts,
  selected,
  onSelect,
}: FacetChipsProps) {
  const values = Object.entries(counts).sort(
    ([a, m], [b, n]) => n - m || a.localeCompare(b),
  );
  const shown = values.slice(0, MAX_CHIPS);
  if (selected !== undefined && !shown.some(([value]) => value === selected)) {
    shown.push([selected, counts[selected] ?? 0]);
  }
  const rest = values.slice(MAX_CHIPS);
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      role="group"
      aria-label={`Filter by ${label.toLocaleLowerCase('en-US')}`}
    >
      <Typography variant="body2" component="span" style={{ marginRight: 8 }}>
        {label}:
      </Typography>
      {shown.map(([value, count]) => (
        <Chip
          key={value}
          size="small"
          style={{ margin: 2 }}
          label={`${value} (${count})`}
          color={value === selected ? 'primary' : 'default'}
          variant={value === selected ? 'default' : 'outlined'}
          aria-pressed={value === selected}
          onClick={() => onSelect(value === selected ? undefined : value)}
        />
      ))}
      {rest.length > 0 && (
        <MoreValues label={label} values={rest} onSelect={onSelect} />
      )}
    </Box>
  );
}
