import { config } from 'zod/mini';

// Code evaluated through DevTools may call `new Function` only while its first run is on the stack: zod's
// feature test passes there and its compiled parsers fail later under the extension's CSP. No JIT in the probe.
// (Imported first by sw-probe.ts: schemas read the setting when they are made.)
config({ jitless: true });
