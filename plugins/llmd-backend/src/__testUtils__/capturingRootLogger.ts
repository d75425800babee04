import {
  coreServices,
  createServiceFactory,
  type LoggerService,
  type RootLoggerService,
} from '@backstage/backend-plugin-api';
import { serializeError } from '@backstage/errors';

/** JSON of log metadata with errors (which JSON.stringify would print as `{}`) spelled out, causes included. */
function metaJson(meta: unknown): string {
  return JSON.stringify(meta ?? {}, (_key, value) =>
    value instanceof Error
      ? serializeError(value, { includeStack: true })
      : value,
  );
}

class CapturingLogger implements RootLoggerService {
  constructor(
    private readonly lines: string[],
    private readonly fields: Record<string, unknown>,
  ) {}

  private log(level: string, message: string, meta?: Error | object) {
    this.lines.push(
      `${level} ${message} ${metaJson(this.fields)} ${metaJson(meta)}`,
    );
  }

  error(message: string, meta?: Error | object) {
    this.log('error', message, meta);
  }
  warn(message: string, meta?: Error | object) {
    this.log('warn', message, meta);
  }
  info(message: string, meta?: Error | object) {
    this.log('info', message, meta);
  }
  debug(message: string, meta?: Error | object) {
    this.log('debug', message, meta);
  }
  child(meta: object): LoggerService {
    return new CapturingLogger(this.lines, { ...this.fields, ...meta });
  }
}

/** A root logger that keeps every line of every level (with all metadata) in memory, for log assertions. */
export function capturingRootLogger() {
  const lines: string[] = [];
  const logger = new CapturingLogger(lines, {});
  return {
    lines,
    factory: createServiceFactory({
      service: coreServices.rootLogger,
      deps: {},
      factory: () => logger,
    }),
  };
}
