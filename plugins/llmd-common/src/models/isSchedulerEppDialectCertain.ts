import type { SchedulerEppDialect } from '../api';

/**
 * Whether a scheduler's dialect is known exactly rather than as a lower bound or a guess: configured, read from an
 * image tag the flags agree with ({@link dialectOfScheduler} believes a tag only then), or camelCase flags, which only
 * scheduler-v0.2 defines. kebab-case flags only say "scheduler-v0.3 or newer", and an assumed dialect says nothing.
 *
 * @public
 */
export function isSchedulerEppDialectCertain(
  dialect: Pick<SchedulerEppDialect, 'id' | 'source'>,
): boolean {
  switch (dialect.source) {
    case 'configured':
    case 'image-tag':
      return true;
    case 'flags':
      return dialect.id === 'scheduler-v0.2';
    default:
      return false;
  }
}
