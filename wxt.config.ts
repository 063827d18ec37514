import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ko',
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://api.commerce.naver.com/*', 'https://api.sixshop.com/*'],
    // Asked for at run time, only when the seller points a service address at another https host.
    optional_host_permissions: ['https://*/*'],
  },
});
