/**
 * The sandbox demo: the Commerce API emulator, the shop backend emulator and the demo seller pages, and
 * Chromium with the built extension set up through its own options page (as a seller would). With a display
 * the window stays open to use; without one it runs headless, walks the main screens and saves screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchExtension } from '../tests/e2e/browser';
import { connectShop, pointAtSandbox, sendFromPage, submitLink, waitReady } from '../tests/e2e/options-page';
import { COMMERCE_SEED, SHOP_SEED, startSandbox } from '../tests/sandbox/sandbox';

const DATA = resolve('.sandbox-data');
const SHOTS = resolve('sandbox-screenshots');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

async function main() {
  mkdirSync(DATA, { recursive: true });
  const sandbox = await startSandbox({
    commercePort: 8601,
    shopPort: 8602,
    demoPort: 8603,
    shopDataFile: join(DATA, 'shop.json'),
  });
  console.log(`
샌드박스가 실행 중입니다 (sandbox running):
  커머스API 에뮬레이터   ${sandbox.commerce.url}
  식스샵 연동 서버       ${sandbox.shop.url}   (API 키: 샌드박스 전용 키가 자동 입력됩니다)
  판매자 데모 페이지     ${sandbox.demo.url}/
`);
  const browser = await launchExtension({ userDataDir: join(DATA, 'profile'), headless });
  const stopAll = async () => {
    await browser.close({ keepProfile: true }).catch(() => undefined);
    await sandbox.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stopAll());
  process.on('SIGTERM', () => void stopAll());

  const options = await browser.openPage('options.html');
  await waitReady(options);
  const accounts = await sendFromPage<{ ok: boolean; data?: unknown[] }>(options, {
    type: 'accounts.list',
    payload: {},
  });
  if (!accounts.data?.length) {
    await pointAtSandbox(options, { commerce: sandbox.commerce.url, shop: sandbox.shop.url });
    await connectShop(options, SHOP_SEED.key);
    const A = COMMERCE_SEED.sellers.A;
    const res = await submitLink(options, {
      mode: 'AGENCY',
      alias: A.name,
      storeSlug: A.storeSlug,
      apiSellerId: A.accountId,
    });
    console.log(res.ok ? `계정 연동 완료: ${A.name}` : `계정 연동 실패: ${res.text}`);
  }
  await sendFromPage(options, { type: 'sync.now', payload: {} });
  await options.waitForTimeout(2500);

  const demo = await browser.context.newPage();
  await demo.goto(`${sandbox.demo.url}/sixshop/orders`);
  if (!headless) {
    console.log('Chromium이 열렸습니다. 데모 판매자 페이지와 확장 프로그램을 사용해 보세요. 종료: Ctrl-C');
    return;
  }
  mkdirSync(SHOTS, { recursive: true });
  await demo.waitForTimeout(1500);
  await demo.screenshot({ path: join(SHOTS, 'demo-sixshop-orders.png'), fullPage: true });
  const sm = await browser.context.newPage();
  await sm.goto(`${sandbox.demo.url}/smartstore/orders`);
  await sm.waitForTimeout(1500);
  await sm.screenshot({ path: join(SHOTS, 'demo-smartstore-orders.png'), fullPage: true });
  await options.reload();
  await waitReady(options);
  await options.screenshot({ path: join(SHOTS, 'options.png'), fullPage: true });
  const popup = await browser.openPage('popup.html');
  await popup.setViewportSize({ width: 400, height: 620 });
  await popup.waitForTimeout(800);
  await popup.screenshot({ path: join(SHOTS, 'popup.png') });
  console.log(`화면이 없어 헤드리스로 실행했습니다. 스크린샷: ${SHOTS}
  options.png, popup.png, demo-sixshop-orders.png, demo-smartstore-orders.png
샌드박스는 계속 실행 중입니다. 종료: Ctrl-C`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
