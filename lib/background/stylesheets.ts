import { t } from '../i18n';
import { UserFacingError } from '../messaging/errors';
import type { OverlayStylesheet } from '../messaging/stylesheets';

/**
 * The content scripts' stylesheets for `overlay.styles`, read once per worker from the extension's files
 * (`fetchText` gets a file of the extension by path) and kept: every page with an overlay asks on load. A read
 * that failed is not kept, so the next page asks again.
 */
export function stylesheetReader(
  fetchText: (path: string) => Promise<string>,
): (name: OverlayStylesheet) => Promise<string> {
  const kept = new Map<OverlayStylesheet, Promise<string>>();
  return (name) => {
    let css = kept.get(name);
    if (!css) {
      css = fetchText(`/content-scripts/${name}.css`).catch(() => {
        kept.delete(name);
        throw new UserFacingError(
          'unavailable',
          t(
            '화면 스타일을 불러오지 못했습니다. 확장 프로그램을 다시 설치해 주세요.',
            'Could not load the styles. Reinstall the extension.',
          ),
        );
      });
      kept.set(name, css);
    }
    return css;
  };
}
