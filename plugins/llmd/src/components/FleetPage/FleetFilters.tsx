import type { ModelFacets } from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import type { FleetModelsFilters } from '../../hooks/useFleetModelsPage';
import { FacetChips } from './FacetChips';
import { LabelledSelect } from './LabelledSelect';
import { SearchBox } from './SearchBox';

/** Props of {@link FleetFilters}. */
export interface FleetFiltersProps {
  readonly filters: FleetModelsFilters;
  /** Of the last page loaded; absent before the first. */
  readonly facets?: ModelFacets;
  readonly onChange: (filters: Partial<FleetModelsFilters>) => void;
}

const READY_OPTIONS = [
  ['', 'Any'],
  ['true', 'Ready'],
  ['false', 'Not ready'],
] as const;

const REACHABLE_OPTIONS = [
  ['', 'Any'],
  ['reachable', 'reachable'],
  ['degraded', 'degraded'],
  ['unknown', 'unknown'],
  ['unreachable', 'unreachable'],
] as const;

/** The fleet table's filters: search, readiness, reachability and the facet chips (tenant, cluster, routing). */
export function FleetFilters({ filters, facets, onChange }: FleetFiltersProps) {
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 8 }}>
      <Box display="flex" flexWrap="wrap" style={{ gap: 16 }}>
        <SearchBox
          label="Search models"
          value={filters.q}
          onSearch={q => onChange({ q })}
        />
        <LabelledSelect
          label="Ready"
          value={filters.ready}
          options={READY_OPTIONS}
          onChange={ready =>
            onChange({ ready: ready as FleetModelsFilters['ready'] })
          }
        />
        <LabelledSelect
          label="Reachable"
          value={filters.reachable}
          options={REACHABLE_OPTIONS}
          onChange={reachable =>
            onChange({
              reachable: reachable as FleetModelsFilters['reachable'],
            })
          }
        />
      </Box>
      {facets && (
        <>
          <FacetChips
            label="Tenant"
            counts={facets.tenant}
            selected={filters.tenant}
            onSelect={tenant => onChange({ tenant })}
          />
          <FacetChips
            label="Cluster"
            counts={facets.cluster}
            selected={filters.cluster}
            onSelect={cluster => onChange({ cluster })}
          />
          <FacetChips
            label="Routing"
            counts={facets.routing}
            selected={filters.routing}
            onSelect={routing => onChange({ routing })}
          />
        </>
      )}
    </Box>
  );
}
