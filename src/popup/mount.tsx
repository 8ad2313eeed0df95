import { render } from 'preact';
import { App } from './App';
import type { TabReading } from './read-tab';

export function mount(target: HTMLElement, reading: Promise<TabReading>): void {
  performance.mark('govreport:ui');
  render(<App reading={reading} />, target);
}
