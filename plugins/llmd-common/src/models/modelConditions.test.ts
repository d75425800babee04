import { isModelReady, readModelConditions } from './modelConditions';

const object = (conditions: unknown) => ({
  metadata: { name: 'm', namespace: 'n' },
  status: { conditions },
});

// A condition with every optional field, which is read back unchanged.
const routerReady = {
  type: 'RouterReady',
  status: 'False',
  reason: 'WaitingForGateway',
  message: 'Gateway team-a/gw is not ready',
  lastTransitionTime: '2026-01-01T00:00:00Z',
  severity: 'Info',
};

describe('readModelConditions', () => {
  it('keeps type, status and the optional fields in order', () => {
    const conditions = readModelConditions(
      object([
        routerReady,
        { type: 'Ready', status: 'False' },
        { status: 'True' },
        { type: 'Odd', status: 'maybe' },
      ]),
    );
    expect(conditions).toEqual([
      routerReady,
      { type: 'Ready', status: 'False' },
      { type: 'Odd', status: 'Unknown' },
    ]);
    expect(isModelReady(conditions)).toBe(false);
  });

  it('is ready only with Ready=True', () => {
    expect(
      isModelReady(
        readModelConditions(object([{ type: 'Ready', status: 'True' }])),
      ),
    ).toBe(true);
    expect(isModelReady(readModelConditions({ metadata: { name: 'm' } }))).toBe(
      false,
    );
  });
});
