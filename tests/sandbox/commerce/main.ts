import { COMMERCE_SEED } from './seed';
import { startCommerceEmulator } from './server';

/** Standalone: `npx tsx tests/sandbox/commerce/main.ts --port 8601 [--host 127.0.0.1] [--no-seed]`. */
function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const port = Number(argValue('--port') ?? 8601);
const host = argValue('--host') ?? '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`bad --port ${argValue('--port')}`);
  process.exit(2);
}

const emulator = await startCommerceEmulator({ port, host, seed: !process.argv.includes('--no-seed') });
const { selfApp, agencyApp, otherAgencyApp, sellers } = COMMERCE_SEED;
console.log(`Commerce API emulator on ${emulator.url}`);
console.log(`  own-store base  ${emulator.url}/external   agency base  ${emulator.url}/partner`);
console.log(`  scenario        ${emulator.url}/__scenario/<operation>`);
console.log(
  `  SELF app        client_id=${selfApp.clientId}  secret=${selfApp.clientSecret}  (seller ${selfApp.sellerAccountId})`,
);
console.log(`  AGENCY app      client_id=${agencyApp.clientId}  secret=${agencyApp.clientSecret}`);
console.log(`  other agency    client_id=${otherAgencyApp.clientId}  secret=${otherAgencyApp.clientSecret}`);
for (const [key, s] of Object.entries(sellers)) {
  console.log(
    `  seller ${key}        account_id=${s.accountId}  ${s.name}  smartstore.naver.com/${s.storeSlug}  channelNo=${s.channelNo}`,
  );
}

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping`);
  emulator.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
