import { render } from 'preact';
import { browser } from 'wxt/browser';
import { makeEnv } from '../../components/popup/env';
import { PopupApp } from '../../components/popup/PopupApp';
import { setDocumentLocale } from '../../components/ui/document-locale';
import { t } from '../../lib/i18n';
import { request } from '../../lib/ui/messenger';
import '../../components/ui/base.css';
import './popup.css';

setDocumentLocale(t('스마트스토어 연동', 'SmartStore link'));
const env = makeEnv({ request, openOptions: () => void browser.runtime.openOptionsPage() });
render(<PopupApp env={env} />, document.getElementById('app')!);
