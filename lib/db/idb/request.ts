/**
 * Promises over IndexedDB's events. Continuations of these promises run in the microtask checkpoint right after
 * the request's success event, while its transaction is still active, so `await` between two requests of one
 * transaction is safe; awaiting anything else (a fetch, a timer) is not: the transaction commits meanwhile.
 */

/** The request's result; its error rejects without aborting the transaction (the caller decides that). */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = (ev) => {
      // Left alone, a failed request aborts its whole transaction; the caller's own error handling decides.
      ev.preventDefault();
      reject(req.error);
    };
  });
}

/** Resolves when the transaction commits; rejects when it aborts. */
export function completion(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.addEventListener('complete', () => resolve());
    tx.addEventListener('abort', () =>
      reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError')),
    );
  });
}

/** Aborts unless the transaction has already finished (then there is nothing left to undo). */
export function abortQuietly(tx: IDBTransaction): void {
  try {
    tx.abort();
  } catch {
    // already committed or aborted
  }
}
