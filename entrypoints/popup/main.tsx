import { render } from 'preact';

function Popup() {
  return <main>스마트스토어 연동</main>;
}

render(<Popup />, document.getElementById('app')!);
