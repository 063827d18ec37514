import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/ui/base.css';

render(<OptionsApp />, document.getElementById('app')!);
