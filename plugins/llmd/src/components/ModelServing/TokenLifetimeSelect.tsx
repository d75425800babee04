import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import type { TtlChoice } from './ttlChoices';

/** Props of {@link TokenLifetimeSelect}. */
export interface TokenLifetimeSelectProps {
  /** Prefix of the label's id. */
  readonly id: string;
  readonly choices: readonly TtlChoice[];
  readonly value: number;
  readonly onChange: (seconds: number) => void;
  readonly disabled: boolean;
}

/** The lifetime a token is minted with, among the choices the backend allows. */
export function TokenLifetimeSelect({
  id,
  choices,
  value,
  onChange,
  disabled,
}: TokenLifetimeSelectProps) {
  return (
    <FormControl variant="outlined" size="small">
      <InputLabel id={`${id}-ttl`}>Lifetime</InputLabel>
      <Select
        labelId={`${id}-ttl`}
        label="Lifetime"
        value={value}
        onChange={event => onChange(Number(event.target.value))}
        disabled={disabled}
      >
        {choices.map(choice => (
          <MenuItem key={choice.seconds} value={choice.seconds}>
            {choice.label}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
