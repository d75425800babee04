import { type ComponentType, useContext, useEffect, useState } from 'react';
import type { Entity } from '@backstage/catalog-model';
import {
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
  useApi,
} from '@backstage/core-plugin-api';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { Link, Route, Routes, useParams } from 'react-router-dom';
import { type LoadedModules, WiringContext } from './WiringContext';

/** Stands in for RHDH's static catalog plugin: it owns the entity route the llm-d plugin links to. */
export const shellCatalogPlugin = createPlugin({
  id: 'catalog',
  routes: { catalogEntity: entityRouteRef },
});

type Predicate = (entity: Entity) => boolean;

/** A mount point's `if` (allOf / anyOf of exported predicates), as RHDH's configIfToCallable evaluates it. */
function passes(
  condition: { allOf?: string[]; anyOf?: string[] } | undefined,
  exports: Record<string, unknown>,
  entity: Entity,
): boolean {
  const call = (name: string) =>
    (exports[name] as Predicate | undefined)?.(entity) ?? false;
  if (condition?.allOf && !condition.allOf.every(call)) return false;
  if (condition?.anyOf && !condition.anyOf.some(call)) return false;
  return true;
}

function MountPointCards(props: { mountPoint: string; entity: Entity }) {
  const { modules, wiring } = useContext(WiringContext);
  const cards = wiring.mountPoints
    .filter(m => m.mountPoint === props.mountPoint)
    .map(m => ({ ...m, exports: moduleExports(modules, m.scope, m.module) }))
    .filter(m => passes(m.config?.if, m.exports, props.entity));
  return (
    <div data-mount-point={props.mountPoint}>
      {cards.map(card => {
        const Card = card.exports[card.importName] as ComponentType | undefined;
        return Card ? <Card key={card.importName} /> : null;
      })}
    </div>
  );
}

function moduleExports(modules: LoadedModules, scope: string, module: string) {
  return modules[scope]?.[module] ?? {};
}

function EntityPage() {
  const { namespace, kind, name } = useParams();
  const discoveryApi = useApi(discoveryApiRef);
  const fetchApi = useApi(fetchApiRef);
  const { wiring } = useContext(WiringContext);
  const [entity, setEntity] = useState<Entity>();
  useEffect(() => {
    discoveryApi
      .getBaseUrl('catalog')
      .then(base =>
        fetchApi.fetch(`${base}/entities/by-name/${kind}/${namespace}/${name}`),
      )
      .then(res => res.json())
      .then(setEntity);
  }, [discoveryApi, fetchApi, kind, namespace, name]);
  if (!entity) return <div>Loading the entity</div>;
  return (
    <EntityProvider entity={entity}>
      <h1>{entity.metadata.title ?? entity.metadata.name}</h1>
      <nav id="entity-tabs">
        <Link to=".">Overview</Link>
        {wiring.tabs.map(tab => (
          <Link key={tab.path} to={`.${tab.path}`}>
            {tab.title}
          </Link>
        ))}
      </nav>
      <Routes>
        <Route
          path="/"
          element={
            <MountPointCards
              mountPoint="entity.page.overview/cards"
              entity={entity}
            />
          }
        />
        {wiring.tabs.map(tab => (
          <Route
            key={tab.path}
            path={tab.path}
            element={
              <MountPointCards
                mountPoint={`${tab.mountPoint}/cards`}
                entity={entity}
              />
            }
          />
        ))}
      </Routes>
    </EntityProvider>
  );
}

/** The entity page at the catalog's entity route: the overview cards and one tab per `entityTabs` entry. */
export const CatalogEntityPage = shellCatalogPlugin.provide(
  createRoutableExtension({
    name: 'CatalogEntityPage',
    component: () => Promise.resolve(EntityPage),
    mountPoint: entityRouteRef,
  }),
);
