import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/ui/base.css';
import './popup.css';

render(<PopupApp />, document.getElementById('app')!);
