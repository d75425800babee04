import { isSchedulerEppDialectCertain } from './isSchedulerEppDialectCertain';

describe('isSchedulerEppDialectCertain', () => {
  it.each([
    ['scheduler-v0.3', 'configured', true],
    ['scheduler-v0.7', 'image-tag', true],
    // camelCase flags: only scheduler-v0.2 defines them
    ['scheduler-v0.2', 'flags', true],
    // kebab-case flags: scheduler-v0.3 or newer
    ['scheduler-v0.3', 'flags', false],
    ['scheduler-v0.2', 'assumed', false],
  ] as const)('%s from %s → %s', (id, source, certain) =>
    expect(isSchedulerEppDialectCertain({ id, source })).toBe(certain),
  );
});
