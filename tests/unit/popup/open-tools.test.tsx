// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openToolsPage, TOOLS_PAGE } from '../../../components/popup/open-tools';
import { PopupApp } from '../../../components/popup/PopupApp';
import { stubEnv, summary } from './fixtures';

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

describe('popup: a way to the order tools', () => {
  it('has an 주문 도구 button that opens the tools page', async () => {
    const openTools = vi.fn();
    const { env } = stubEnv({ 'popup.summary': () => summary() }, { openTools });
    const view = render(<PopupApp env={env} />);
    await waitFor(() => expect(view.container.querySelector('main[data-ready="true"]')).not.toBeNull());
    const button = view.getByRole('button', { name: '주문 도구' });
    expect(button.getAttribute('title')).toContain('대량 배송 처리');
    fireEvent.click(button);
    expect(openTools).toHaveBeenCalledTimes(1);
  });

  it('shows the button before any account is linked too', async () => {
    const openTools = vi.fn();
    const { env } = stubEnv({ 'popup.summary': () => summary({ accounts: [] }) }, { openTools });
    const view = render(<PopupApp env={env} />);
    await view.findByText('스마트스토어 계정을 연동해 주세요');
    fireEvent.click(view.getByRole('button', { name: '주문 도구' }));
    expect(openTools).toHaveBeenCalledTimes(1);
  });

  it('opens tools.html of the extension in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const open = vi.fn();
    await openToolsPage(fakeBrowser, open);
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL(TOOLS_PAGE) });
    expect(create.mock.calls[0]![0].url).toMatch(/^chrome-extension:\/\/[^/]+\/tools\.html$/);
    expect(open).not.toHaveBeenCalled();
  });

  it('falls back to window.open when tabs.create is refused or missing', async () => {
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('no tabs permission'));
    const open = vi.fn();
    await openToolsPage(fakeBrowser, open);
    expect(open).toHaveBeenCalledWith(fakeBrowser.runtime.getURL(TOOLS_PAGE));

    const openNoApi = vi.fn();
    await openToolsPage(null, openNoApi);
    expect(openNoApi).toHaveBeenCalledWith(TOOLS_PAGE);
  });

  it('uses window.open by default when there is no extension API', async () => {
    const spy = vi.spyOn(window, 'open').mockReturnValue(null);
    await openToolsPage(null);
    expect(spy).toHaveBeenCalledWith(TOOLS_PAGE, '_blank', 'noopener');
  });
});
