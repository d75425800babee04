import TextField from '@material-ui/core/TextField';
import { type CSSProperties, useId } from 'react';

/** Props of {@link LabelledSelect}. */
export interface LabelledSelectProps {
  readonly label: string;
  /** The value chosen; undefined (or '') chooses the option whose value is ''. */
  readonly value?: string;
  /** `[value, text]` per option, in the order shown. */
  readonly options: readonly (readonly [string, string])[];
  /** Called with the value chosen, or undefined when the option chosen has the value ''. */
  readonly onChange: (value: string | undefined) => void;
  readonly style?: CSSProperties;
}

/** A small native drop-down with its label tied to it, as the fleet page's filters use it. */
export function LabelledSelect(props: LabelledSelectProps) {
  // ties the label to the select, so screen readers (and tests) find it by its label
  const id = useId();
  return (
    <TextField
      id={id}
      select
      size="small"
      variant="outlined"
      label={props.label}
      value={props.value ?? ''}
      SelectProps={{ native: true }}
      // the empty value shows "Any" (or nothing): keep the label above it, not over it
      InputLabelProps={{ shrink: true }}
      onChange={event => props.onChange(event.target.value || undefined)}
      style={props.style ?? { minWidth: 130 }}
    >
      {props.options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </TextField>
  );
}
