import { render } from 'preact';
import { browser } from 'wxt/browser';
import { makeEnv } from '../../components/popup/env';
import { PopupApp } from '../../components/popup/PopupApp';
import { request } from '../../lib/ui/messenger';
import '../../components/ui/base.css';
import './popup.css';

const env = makeEnv({ request, openOptions: () => void browser.runtime.openOptionsPage() });
render(<PopupApp env={env} />, document.getElementById('app')!);
