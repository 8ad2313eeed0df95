/** What the tab's reader of fetched pages (./read-fetched) answers, and the name the popup calls it by. */
import type { Report } from '../model/report';
import type { ReportList } from './report-links';

export type FetchedReading = { kind: 'report'; report: Report } | { kind: 'list'; list: ReportList };

/** The name the content script leaves the reader under in its isolated world, for the popup's later calls. */
export const FETCHED_READER = '__govreportReadFetched';
