/** Only the sandbox (emulators and demo pages) on fixed ports, for working on them: `npm run sandbox`. */
import { startSandbox } from './sandbox';

const sandbox = await startSandbox({ commercePort: 8601, shopPort: 8602, demoPort: 8603 });
console.log(
  `commerce ${sandbox.commerce.url}\nshop     ${sandbox.shop.url}\ndemo     ${sandbox.demo.url}/\nCtrl-C to stop`,
);
const stop = () => void sandbox.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
