import type { Clock } from './clock';
import type { TraceIds } from './errors';
import type { FaultRegistry } from './faults';
import type { RateLimiter } from './rate-limit';
import type { EmulatorState } from './state';
import type { TokenStore } from './tokens';

/** Shared by every handler; `state` is replaced on reset. */
export interface EmulatorContext {
  clock: Clock;
  state: EmulatorState;
  tokens: TokenStore;
  limiter: RateLimiter;
  faults: FaultRegistry;
  traces: TraceIds;
  baseUrl: string;
}
