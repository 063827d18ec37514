import { parseArgs } from 'node:util';
import { COMMERCE_SEED } from '../commerce/seed';
import { SHOP_SEED } from './seed';
import { startShopEmulator } from './server';

/**
 * Runs the shop-backend emulator on its own:
 *   npx tsx tests/sandbox/shop/main.ts --port 8602 --commerce http://127.0.0.1:8601 --data .sandbox-data/shop.json
 * The agency app's credentials come from SHOP_AGENCY_CLIENT_ID / SHOP_AGENCY_CLIENT_SECRET, else from the
 * Commerce API emulator's seed (`COMMERCE_SEED.agencyApp`).
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8602' },
    host: { type: 'string', default: '127.0.0.1' },
    commerce: { type: 'string', default: 'http://127.0.0.1:8601' },
    data: { type: 'string' },
    'no-seed': { type: 'boolean', default: false },
  },
});

const clientId = process.env.SHOP_AGENCY_CLIENT_ID || COMMERCE_SEED.agencyApp.clientId;
const clientSecret = process.env.SHOP_AGENCY_CLIENT_SECRET || COMMERCE_SEED.agencyApp.clientSecret;

const emulator = await startShopEmulator({
  port: Number(values.port),
  host: values.host,
  commerceBaseUrl: values.commerce,
  agency: { clientId, clientSecret },
  ...(values.data ? { dataFile: values.data } : {}),
  seed: !values['no-seed'],
});

console.log(`[shop-emulator] ${emulator.url} (상점: ${SHOP_SEED.shopName}, ID ${SHOP_SEED.shopId})`);
console.log('[shop-emulator] API 키는 tests/sandbox/shop/seed.ts의 SHOP_SEED.key 입니다.');
console.log(`[shop-emulator] 커머스API: ${values.commerce}/partner, 데이터: ${values.data ?? '메모리'}`);

const stop = async () => {
  await emulator.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
