/** The renderings the command line offers besides its own text: loaded with the core, after argument parsing. */
export { renderMarkdown } from '../present/markdown';
export { renderCsv } from '../present/csv';
export { renderHtml } from '../present/html';
