import { render } from 'preact';
import { CheckDoc, checkIdFromQuery } from '@/src/popup/CheckDoc';
import '@/src/popup/check-doc.css';

const id = checkIdFromQuery(location.search);
if (id) document.title = `${id} — ${document.title}`;
render(<CheckDoc id={id} />, document.getElementById('app')!);
