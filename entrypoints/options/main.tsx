import { render } from 'preact';

function Options() {
  return <main>스마트스토어 연동 설정</main>;
}

render(<Options />, document.getElementById('app')!);
