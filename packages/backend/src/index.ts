/*
 * The llm-d portal dev backend: Backstage's new backend system with the
 * catalog, scaffolder (GitHub + GitLab publish modules), permissions with the
 * dev policy, and guest sign-in. Configuration comes from app-config*.yaml.
 */
import { createBackend } from '@backstage/backend-defaults';
import { portalBackendFeatures } from './portalBackendFeatures';

const backend = createBackend();
for (const feature of portalBackendFeatures) {
  backend.add(feature);
}
backend.start();
