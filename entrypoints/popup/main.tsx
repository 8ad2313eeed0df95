import { render } from 'preact';

function App() {
  return <p>GovReport Audit</p>;
}

render(<App />, document.getElementById('app')!);
