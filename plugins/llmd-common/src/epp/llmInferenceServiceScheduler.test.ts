import {
  CONFIG_TEXT_FLAGS,
  extractEndpointPickerConfigText,
  findFlag,
  flagValue,
} from './llmInferenceServiceScheduler';

describe('flagValue', () => {
  it('reads --f v, --f=v and the one-dash forms Go accepts', () => {
    expect(
      flagValue(['--pool-name', 'p', '--config-text', 'x'], '--config-text'),
    ).toBe('x');
    expect(flagValue(['--config-text=a=b'], '--config-text')).toBe('a=b');
    expect(flagValue(['-config-text', 'x'], '--config-text')).toBe('x');
    expect(flagValue(['--v'], '--v')).toBe(true);
    expect(flagValue(['--v', '--other'], '--v')).toBe(true);
    expect(
      flagValue(['--config-textual', 'x'], '--config-text'),
    ).toBeUndefined();
  });

  it('reads the camelCase spelling of older EPPs as an alias', () => {
    expect(flagValue(['--configText', 'x'], CONFIG_TEXT_FLAGS)).toBe('x');
    expect(
      findFlag(
        ['--zap-log-level', 'debug', '--configText', 'x'],
        CONFIG_TEXT_FLAGS,
      ),
    ).toEqual({
      valueIndex: 3,
      value: 'x',
    });
  });
});

describe('extractEndpointPickerConfigText', () => {
  it('finds the config of a manifest written for an older EPP (--configText)', () => {
    const llmisvc = {
      spec: {
        router: {
          scheduler: {
            template: {
              containers: [
                {
                  name: 'main',
                  args: ['--configText', 'kind: EndpointPickerConfig'],
                },
              ],
            },
          },
        },
      },
    };
    expect(extractEndpointPickerConfigText(llmisvc)).toBe(
      'kind: EndpointPickerConfig',
    );
  });
});
