import { IncomingMessage, ServerResponse } from 'node:http';
import { AccessControl, Identity } from './AccessControl';
import { Faults } from './Faults';
import { ObjectStore } from './ObjectStore';
import { RequestStats } from './RequestStats';
import { ResourcePath } from './requestPath';
import { ResourceTable, ResourceType } from './ResourceTable';
import { TokenIssuer } from './TokenIssuer';
import { WatchHub } from './WatchHub';

/** The parts of a simulator the request handlers work with. */
export interface SimulatorCore {
  table: ResourceTable;
  store: ObjectStore;
  hub: WatchHub;
  tokens: TokenIssuer;
  access: AccessControl;
  faults: Faults;
  stats: RequestStats;
  log: (line: string) => void;
  /** `host:port` the server listens on, for `/api` discovery. */
  serverAddress(): string;
}

/** One authorised request to a served resource. */
export interface ResourceRequest {
  core: SimulatorCore;
  req: IncomingMessage;
  res: ServerResponse;
  target: ResourcePath;
  type: ResourceType;
  params: URLSearchParams;
  /** Who sent the request. */
  identity: Identity;
}
