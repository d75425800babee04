/** What a reflector reports about itself. */
export interface ReflectorState {
  /** A complete list has been stored at least once. */
  readonly listed: boolean;
  /** A list is in progress (the store is about to be replaced). */
  readonly listing: boolean;
  /** The first list has succeeded or failed (initial sync is settled). */
  readonly attempted: boolean;
  /** A watch is open: the store follows the server. */
  readonly watching: boolean;
  /** The last list or watch attempt failed and nothing has succeeded since. */
  readonly failing: boolean;
  readonly lastError?: string;
  /** HTTP status of the last failure, when the server answered one (403: forbidden, 404: not served). */
  readonly lastStatus?: number;
  /** Epoch ms of the last complete list or watch event. */
  readonly lastSync?: number;
}

/** The state of a reflector that has not started. */
export const INITIAL_REFLECTOR_STATE: ReflectorState = {
  listed: false,
  listing: false,
  attempted: false,
  watching: false,
  failing: false,
};

/** The fields whose change is reported (`lastSync` moves with every event and is not). */
const REPORTED: readonly (keyof ReflectorState)[] = [
  'listed',
  'listing',
  'attempted',
  'watching',
  'failing',
  'lastError',
  'lastStatus',
];

/** Whether the change from `a` to `b` is worth reporting. */
export function reportedStateChanged(
  a: ReflectorState,
  b: ReflectorState,
): boolean {
  return REPORTED.some(field => a[field] !== b[field]);
}
