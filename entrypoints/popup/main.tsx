import { render } from 'preact';
import { App } from '@/src/popup/App';
import { tabIdFromQuery } from '@/src/popup/load-audit';
import '@/src/popup/popup.css';

render(<App tabId={tabIdFromQuery(location.search)} />, document.getElementById('app')!);
