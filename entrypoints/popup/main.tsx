import { errorMessage } from '@/src/core/error-message';
import { readActiveTab, tabIdFromQuery } from '@/src/popup/read-tab';
import '@/src/popup/popup.css';

// The page is read while the interface loads: the reader's injection is the first thing the popup
// does, and the interface (with the checks) arrives as a chunk of its own.
const reading = readActiveTab(tabIdFromQuery(location.search));
const target = document.getElementById('app')!;
import('@/src/popup/mount').then(
  ({ mount }) => mount(target, reading),
  (error: unknown) => {
    target.textContent = `审校界面无法加载 / The popup failed to load: ${errorMessage(error)}`;
  },
);
