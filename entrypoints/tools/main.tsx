import { render } from 'preact';
import { browser } from 'wxt/browser';
import { makeToolsEnv } from '../../components/tools/env';
import { ToolsApp } from '../../components/tools/ToolsApp';
import { setDocumentLocale } from '../../components/ui/document-locale';
import { t } from '../../lib/i18n';
import { request } from '../../lib/ui/messenger';
import '../../components/ui/base.css';
import '../../components/tools/tools.css';

setDocumentLocale(t('주문 도구 · 스마트스토어 연동', 'Order tools · SmartStore link'));
const env = makeToolsEnv({
  request,
  tools: request,
  openOptions: () => void browser.runtime.openOptionsPage(),
});
render(<ToolsApp env={env} initialTab={location.hash} />, document.getElementById('app')!);
