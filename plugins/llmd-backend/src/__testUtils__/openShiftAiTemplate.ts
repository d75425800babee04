import fs from 'node:fs';
import { vendorPath } from '@internal/test-support';
import { parseYamlDocument } from '@llmd/plugin-llmd-common';

/** OpenShift AI's scheduler template (image tag v0.2.0, kebab-case flags) in its controller namespace. */
export function openShiftAiTemplate() {
  const template = parseYamlDocument(
    fs.readFileSync(
      vendorPath(
        'kserve/odh-kserve-release-v0.15/config/llmisvc/config-llm-scheduler.yaml',
      ),
      'utf8',
    ),
  ).toJS();
  template.metadata.namespace = 'redhat-ods-applications';
  return template;
}
