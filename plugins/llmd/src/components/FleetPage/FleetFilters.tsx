import type { ModelFacets } from '@llmd/plugin-llmd-common';
import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import { useId } from 'react';
import type { FleetModelsFilters } from '../../hooks/useFleetModelsPage';
import { FacetChips } from './FacetChips';
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

function Select(props: {
  label: string;
  value?: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string | undefined) => void;
}) {
  // ties the label to the select, so screen readers (and tests) find it by its label
  const id = useId();
  return (
    <TextField
      id={id}
      select
      size="small"
      variant="outlined"
      label={props.label}
      value={props.value ?? ''}
      SelectProps={{ native: true }}
      // the empty value shows "Any": keep the label above it, not over it
      InputLabelProps={{ shrink: true }}
      onChange={event => props.onChange(event.target.value || undefined)}
      style={{ minWidth: 130 }}
    >
      {props.options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </TextField>
  );
}

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
        <Select
          label="Ready"
          value={filters.ready}
          options={READY_OPTIONS}
          onChange={ready =>
            onChange({ ready: ready as FleetModelsFilters['ready'] })
          }
        />
        <Select
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
