import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import catalogImportPlugin from '@backstage/plugin-catalog-import/alpha';
import scaffolderPlugin from '@backstage/plugin-scaffolder/alpha';
import llmdPlugin from '@llmd/plugin-llmd';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';

/**
 * The dev portal on the new frontend system. Plugins listed in package.json are
 * also discovered through `app.packages: all`; the ones named here are the core
 * of what the portal shows (catalog, templates, import, the llm-d fleet page and
 * the Model serving entity tab).
 */
export default createApp({
  features: [
    catalogPlugin,
    catalogImportPlugin,
    scaffolderPlugin,
    llmdPlugin,
    navModule,
    signInModule,
  ],
});
