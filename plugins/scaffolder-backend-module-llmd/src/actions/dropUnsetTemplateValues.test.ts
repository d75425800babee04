import { dropUnsetTemplateValues } from './dropUnsetTemplateValues';

describe('dropUnsetTemplateValues', () => {
  it('drops empty strings and nulls from objects at any depth, keeping array items', () => {
    expect(
      dropUnsetTemplateValues({
        name: 'm',
        maxModelLen: '',
        prefill: '',
        dashboard: null,
        routing: { preset: 'default', threshold: '' },
        vllmArgs: ['--x', ''],
        replicas: 0,
        auth: { enabled: false },
      }),
    ).toEqual({
      name: 'm',
      routing: { preset: 'default' },
      vllmArgs: ['--x', ''],
      replicas: 0,
      auth: { enabled: false },
    });
  });

  it('leaves scalars alone', () => {
    expect(dropUnsetTemplateValues('')).toBe('');
    expect(dropUnsetTemplateValues(3)).toBe(3);
  });
});
