import type { AccountClients, ProductDeps } from './deps';
import { getJob, patchItem, updateJob } from './jobs';
import type { JobItem, ProductJobRow } from './types';

/** One job being worked on: its clients, and how it writes its progress. */
export interface RunContext extends AccountClients {
  deps: ProductDeps;
  jobId: string;
  /** the job as stored now (re-read: the seller may have cancelled or answered a conflict) */
  read(): Promise<ProductJobRow | undefined>;
  /** changes one product; `current` also makes it the product shown as being worked on */
  patch(key: string, patch: Partial<JobItem>, opts?: { current?: boolean }): Promise<void>;
  setCurrent(key: string | undefined): Promise<void>;
  cancelled(): Promise<boolean>;
}

export function runContext(deps: ProductDeps, clients: AccountClients, jobId: string): RunContext {
  return {
    ...clients,
    deps,
    jobId,
    read: () => getJob(deps.db, jobId),
    patch: (key, patch, opts) => patchItem(deps.db, jobId, key, deps.now(), patch, opts),
    async setCurrent(key) {
      await updateJob(deps.db, jobId, deps.now(), (r) => {
        r.state.current = key;
      });
    },
    async cancelled() {
      return (await getJob(deps.db, jobId))?.state.cancelRequested === true;
    },
  };
}
