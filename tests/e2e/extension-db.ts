import type { Worker } from 'playwright-core';

/** Reads one IndexedDB store of the extension from inside its service worker. */
export async function readStore(sw: Worker, store: string): Promise<unknown[]> {
  return sw.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('smartstore-link');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as unknown[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}
