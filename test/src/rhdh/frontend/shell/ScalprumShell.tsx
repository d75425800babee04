import { useEffect, useState } from 'react';
import type { AppsConfig } from '@scalprum/core';
import { ScalprumProvider } from '@scalprum/react-core';
import { DynamicShellApp } from './DynamicShellApp';
import type { FrontendPluginsConfig } from './dynamicConfig';

/** What the test server hands the shell: the `dynamicPlugins.frontend` wiring of docs/examples/dynamic-plugins.yaml. */
interface ShellConfig {
  frontend: FrontendPluginsConfig;
}

/**
 * The root of the test shell, as RHDH 1.x's ScalprumRoot (packages/app/src/components/DynamicRoot/ScalprumRoot.tsx):
 * the Scalprum configuration comes from `/api/scalprum/plugins`, and every plugin manifest's load scripts are
 * rewritten to `/api/scalprum/<plugin>/<script>`.
 */
export function ScalprumShell() {
  const [state, setState] = useState<{
    scalprumConfig: AppsConfig;
    shell: ShellConfig;
  }>();
  useEffect(() => {
    Promise.all([
      fetch('/api/scalprum/plugins').then(r => r.json()),
      fetch('/shell-config.json').then(r => r.json()),
    ]).then(([scalprumConfig, shell]) => setState({ scalprumConfig, shell }));
  }, []);
  if (!state) return <div>Loading the Scalprum configuration</div>;
  return (
    <ScalprumProvider
      api={{}}
      config={state.scalprumConfig}
      pluginSDKOptions={{
        pluginLoaderOptions: {
          transformPluginManifest: manifest => ({
            ...manifest,
            loadScripts: manifest.loadScripts.map(
              (script: string) => `/api/scalprum/${manifest.name}/${script}`,
            ),
          }),
        },
      }}
    >
      <DynamicShellApp
        scalprumConfig={state.scalprumConfig}
        frontend={state.shell.frontend}
      />
    </ScalprumProvider>
  );
}
