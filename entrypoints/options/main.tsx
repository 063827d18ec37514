import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { setDocumentLocale } from '../../components/ui/document-locale';
import { t } from '../../lib/i18n';
import '../../components/ui/base.css';

setDocumentLocale(t('스마트스토어 연동 설정', 'SmartStore link settings'));
render(<OptionsApp />, document.getElementById('app')!);
