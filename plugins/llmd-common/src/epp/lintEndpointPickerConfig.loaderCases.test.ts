import { loaderCases } from './__testUtils__/eppReference';
import { loaderFixtureDialect } from './__testUtils__/loaderFixtureDialect';
import { lintEndpointPickerConfig } from './lintEndpointPickerConfig';

const cases = loaderCases();

// Why each error case is rejected upstream, as our code for it.
const expectedCode: Record<string, string> = {
  errorBadYamlText: 'wrong-type',
  errorBadPluginReferenceText: 'missing-plugin-type',
  errorBadPluginReferencePluginText: 'unknown-plugin-type',
  errorBadPluginJSONText: 'invalid-parameter',
  errorUnknownFeatureGateText: 'unknown-feature-gate',
  errorBadFeatureGateText: 'invalid-feature-gate',
  errorNoProfileNameText: 'missing-profile-name',
  errorBadProfilePluginText: 'missing-plugin-ref',
  errorBadProfilePluginRefText: 'undefined-plugin-ref',
  errorDuplicatePluginText: 'duplicate-plugin-name',
  errorDuplicateProfileText: 'duplicate-profile-name',
  errorTwoPickersText: 'multiple-pickers',
  errorTwoProfileHandlersText: 'multiple-profile-handlers',
  errorNoProfileHandlersText: 'missing-profile-handler',
  errorMultiProfilesUseSingleProfileHandlerText: 'single-handler-multi-profile',
  errorPluginsRefedInLoopText: 'plugin-ref-cycle',
  errorBadSourceReferenceText: 'undefined-plugin-ref',
  errorBadExtractorReferenceText: 'wrong-type',
  errorFlowControlMissingPluginText: 'undefined-plugin-ref',
  errorFlowControlWrongPluginTypeText: 'wrong-plugin-kind',
  errorParserWrongPluginTypeText: 'wrong-plugin-kind',
  errorParserWrongPluginNameText: 'undefined-plugin-ref',
};

describe('upstream loader test cases (llm-d-router v0.10 + test plugin types)', () => {
  it('has all 51 cases', () => {
    expect(cases).toHaveLength(51);
  });

  it.each(cases.filter(c => c.expectSuccess).map(c => [c.name, c.text]))(
    '%s loads: no error diagnostics',
    (_name, text) => {
      const result = lintEndpointPickerConfig(text, {
        dialect: loaderFixtureDialect,
      });
      expect(result.diagnostics.filter(d => d.severity === 'error')).toEqual(
        [],
      );
      expect(result.valid).toBe(true);
    },
  );

  it.each(cases.filter(c => !c.expectSuccess).map(c => [c.name, c.text]))(
    '%s is rejected: at least one error, for the upstream reason',
    (name, text) => {
      const result = lintEndpointPickerConfig(text, {
        dialect: loaderFixtureDialect,
      });
      const errors = result.diagnostics.filter(d => d.severity === 'error');
      expect(errors.map(d => d.code)).toContain(expectedCode[name]);
      expect(result.valid).toBe(false);
    },
  );
});
