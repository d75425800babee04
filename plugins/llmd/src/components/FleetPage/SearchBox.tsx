import TextField from '@material-ui/core/TextField';
import { useId, useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';

/** Quiet time after the last keystroke before the search is sent. */
const DEBOUNCE_MS = 300;

/** Props of {@link SearchBox}. */
export interface SearchBoxProps {
  readonly label: string;
  readonly value?: string;
  /** Called once typing pauses, with the trimmed text or undefined when empty. */
  readonly onSearch: (q: string | undefined) => void;
}

/** A search field that asks the backend once typing pauses, not once per keystroke. */
export function SearchBox({ label, value, onSearch }: SearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value ?? '');
  useDebounce(() => onSearch(text.trim() || undefined), DEBOUNCE_MS, [text]);
  return (
    <TextField
      id={id}
      type="search"
      size="small"
      variant="outlined"
      label={label}
      value={text}
      onChange={event => setText(event.target.value)}
      inputProps={{ maxLength: 200 }}
    />
  );
}
