import type {
  LoggerService,
  RootLoggerService,
} from '@backstage/backend-plugin-api';

/** One captured log call. */
export interface CapturedLine {
  level: 'error' | 'warn' | 'info' | 'debug';
  message: string;
  meta?: unknown;
}

/** A logger that records every line (of itself and its children) so tests can assert on logs. */
export interface CapturingLogger extends RootLoggerService {
  readonly lines: CapturedLine[];
  /** Everything logged, as one string (messages, metadata and errors). */
  text(): string;
}

/** Creates a {@link CapturingLogger}. */
export function capturingLogger(): CapturingLogger {
  const lines: CapturedLine[] = [];
  const make = (fields: Record<string, unknown>): LoggerService => {
    const log =
      (level: CapturedLine['level']) => (message: string, meta?: unknown) => {
        lines.push({
          level,
          message,
          meta: { ...fields, ...(meta as object) },
        });
      };
    return {
      error: log('error'),
      warn: log('warn'),
      info: log('info'),
      debug: log('debug'),
      child: meta => make({ ...fields, ...meta }),
    };
  };
  return {
    ...make({}),
    lines,
    text: () =>
      lines
        .map(
          l => `${l.level} ${l.message} ${JSON.stringify(l.meta, errorJson)}`,
        )
        .join('\n'),
  };
}

function errorJson(_key: string, value: unknown) {
  return value instanceof Error
    ? { message: value.message, stack: value.stack }
    : value;
}
