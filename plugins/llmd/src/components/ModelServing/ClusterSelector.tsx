import type { ModelClusterDetail } from '@llmd/plugin-llmd-common';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import CloudOffIcon from '@material-ui/icons/CloudOff';

/** Props of {@link ClusterSelector}. */
export interface ClusterSelectorProps {
  readonly clusters: readonly ModelClusterDetail[];
  /** Name of the selected cluster. */
  readonly selected: string;
  readonly onSelect: (cluster: string) => void;
}

/**
 * Tabs choosing which cluster's copy of the model the page shows. Unreachable clusters stay selectable (their last
 * known state is still useful) but say so in the tab label.
 */
export function ClusterSelector({
  clusters,
  selected,
  onSelect,
}: ClusterSelectorProps) {
  return (
    <Tabs
      aria-label="Cluster"
      value={selected}
      onChange={(_event, value: string) => onSelect(value)}
      indicatorColor="primary"
      textColor="primary"
      variant="scrollable"
      scrollButtons="auto"
    >
      {clusters.map(cluster => (
        <Tab
          key={cluster.cluster}
          value={cluster.cluster}
          label={
            cluster.stale ? `${cluster.cluster} (unreachable)` : cluster.cluster
          }
          icon={cluster.stale ? <CloudOffIcon fontSize="small" /> : undefined}
        />
      ))}
    </Tabs>
  );
}
