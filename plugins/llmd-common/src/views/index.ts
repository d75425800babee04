/*
 * What the portal shows of a model service: views that combine its spec and conditions (models), its endpoints
 * (endpoints), its catalog entity and routing preset (catalog) and its client identity (render).
 */

export { summarizeModel } from './summarizeModel';
export type { SummarizeModelInput } from './summarizeModel';
export { describeModelOnCluster } from './describeModelOnCluster';
export type { DescribeModelOnClusterInput } from './describeModelOnCluster';
