import {
  coreServices,
  createServiceFactory,
  type LoggerService,
  type RootLoggerService,
  type ServiceFactory,
} from '@backstage/backend-plugin-api';
import { serializeError } from '@backstage/errors';

/**
 * One captured log call.
 *
 * @public
 */
export interface CapturedLogLine {
  readonly level: 'error' | 'warn' | 'info' | 'debug';
  readonly message: string;
  /** The metadata of the logger (`child(...)` fields) merged with the call's; an Error meta stays under `error`. */
  readonly meta: Readonly<Record<string, unknown>>;
}

/**
 * A root logger that keeps every line of itself and its children in memory, for assertions on logs.
 *
 * @public
 */
export interface CapturingLogger extends RootLoggerService {
  readonly lines: CapturedLogLine[];
  /** Each line as `<level> <message> <meta as JSON>`, errors spelled out with their stack and causes. */
  texts(): string[];
  /** Everything logged, as one string: {@link CapturingLogger.texts} joined by newlines. */
  text(): string;
  /** Each line as `<level>: <message>`, without metadata. */
  messages(): string[];
  /** Makes a test backend log into this logger (`startTestBackend({ features: [logger.factory] })`). */
  readonly factory: ServiceFactory<RootLoggerService, 'root', 'singleton'>;
}

/**
 * Creates a {@link CapturingLogger}.
 *
 * @public
 */
export function capturingLogger(): CapturingLogger {
  const lines: CapturedLogLine[] = [];
  const make = (fields: Record<string, unknown>): LoggerService => {
    const log =
      (level: CapturedLogLine['level']) =>
      (message: string, meta?: Error | object) => {
        const own = meta instanceof Error ? { error: meta } : meta;
        lines.push({ level, message, meta: { ...fields, ...own } });
      };
    return {
      error: log('error'),
      warn: log('warn'),
      info: log('info'),
      debug: log('debug'),
      child: meta => make({ ...fields, ...meta }),
    };
  };
  const root = make({});
  const texts = () =>
    lines.map(l => `${l.level} ${l.message} ${metaJson(l.meta)}`);
  return {
    ...root,
    lines,
    texts,
    text: () => texts().join('\n'),
    messages: () => lines.map(l => `${l.level}: ${l.message}`),
    factory: createServiceFactory({
      service: coreServices.rootLogger,
      deps: {},
      factory: () => root,
    }),
  };
}

/** JSON of log metadata with errors (which JSON.stringify would print as `{}`) spelled out, causes included. */
function metaJson(meta: unknown): string {
  return JSON.stringify(meta, (_key, value) =>
    value instanceof Error
      ? serializeError(value, { includeStack: true })
      : value,
  );
}
