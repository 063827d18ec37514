// Finds Chromium for the browser tests and the sandbox demo; installs Debian's `chromium` when it is missing
// and apt is usable (as root); otherwise says what to install. Debian ships the UI languages apart
// (`chromium-l10n`): without them Chromium runs in English whatever the browser tests ask, and the extension
// speaks the browser's language, so they are installed too.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
);

export function findChromium() {
  return CANDIDATES.find((p) => existsSync(p));
}

const DEBIAN_LOCALES = '/usr/lib/chromium/locales';

/** Debian's chromium without its language packs (only en-US.pak) cannot run in Korean. */
function lacksKorean(path) {
  return (
    path === '/usr/bin/chromium' && existsSync(DEBIAN_LOCALES) && !existsSync(`${DEBIAN_LOCALES}/ko.pak`)
  );
}

export function ensureChromium() {
  const found = findChromium();
  if (found && !lacksKorean(found)) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log(
      found
        ? "Installing Chromium's language packs (chromium-l10n) for the Korean browser tests…"
        : "Chromium not found: installing Debian's chromium (apt-get)…",
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execSync('apt-get update -qq', { stdio: 'inherit', env });
    execSync('apt-get install -y -qq --no-install-recommends chromium chromium-l10n fonts-noto-cjk', {
      stdio: 'inherit',
      env,
    });
    const after = findChromium();
    if (after) return after;
  }
  if (found) {
    console.warn(`${found} has no Korean language pack (chromium-l10n): browser tests in Korean will fail.`);
    return found;
  }
  console.error(
    'Chromium is needed but was not found.\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  Elsewhere: install Chromium and set CHROMIUM_PATH to its executable (branded Chrome ignores --load-extension).',
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
