import { render } from 'preact';
import { browser } from 'wxt/browser';
import { makeToolsEnv } from '../../components/tools/env';
import { ToolsApp } from '../../components/tools/ToolsApp';
import { request } from '../../lib/ui/messenger';
import '../../components/ui/base.css';
import '../../components/tools/tools.css';

const env = makeToolsEnv({
  request,
  tools: request,
  openOptions: () => void browser.runtime.openOptionsPage(),
});
render(<ToolsApp env={env} initialTab={location.hash} />, document.getElementById('app')!);
