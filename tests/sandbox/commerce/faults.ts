export type FaultKind = 'status' | 'latency' | 'drop' | 'drop-after-apply' | 'malformed';

export interface FaultSpec {
  /** An api id (`orders.dispatch`), `'token'`, or `'unknown'`; omitted = any. */
  api?: string;
  method?: string;
  pathContains?: string;
  /** How many matching requests it affects; default 1. */
  times?: number;
  kind: FaultKind;
  /** For `status`: the HTTP status (default 500). */
  status?: number;
  /** For `status`: the JSON body (default: the gateway error for that status). */
  body?: unknown;
  /** For `latency`: the delay (default 1000). */
  latencyMs?: number;
}

interface ArmedFault extends FaultSpec {
  remaining: number;
}

/**
 * Injected failures. `drop` closes the connection before handling; `drop-after-apply` handles the request
 * (so a mutation takes effect) and then closes the connection; `malformed` handles the request and answers
 * 200 with its JSON cut short; `latency` waits, then handles normally; `status` answers without handling.
 */
export class FaultRegistry {
  private faults: ArmedFault[] = [];

  inject(spec: FaultSpec): void {
    const times = spec.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new Error('times must be a positive integer');
    this.faults.push({ ...spec, remaining: times });
  }

  clear(): void {
    this.faults = [];
  }

  /** The first armed fault matching this request; consumes one use of it. */
  take(api: string, method: string, pathAndQuery: string): FaultSpec | undefined {
    const index = this.faults.findIndex(
      (f) =>
        (f.api === undefined || f.api === api) &&
        (f.method === undefined || f.method.toUpperCase() === method.toUpperCase()) &&
        (f.pathContains === undefined || pathAndQuery.includes(f.pathContains)),
    );
    const fault = this.faults[index];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    const { remaining: _remaining, ...spec } = fault;
    return spec;
  }

  get pending(): number {
    return this.faults.length;
  }
}
