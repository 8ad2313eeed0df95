/** The extension page for one check (`check-doc.html?id=<checkId>`): its bundled doc page. */
import { CHECK_DOCS } from './check-docs';
import { translate } from './i18n';
import { Markdown } from './markdown';

export function checkIdFromQuery(search: string): string {
  return new URLSearchParams(search).get('id') ?? '';
}

export function CheckDoc({ id }: { id: string }) {
  const source = Object.hasOwn(CHECK_DOCS, id) ? CHECK_DOCS[id] : undefined;
  if (source === undefined) {
    return (
      <main class="check-doc" data-testid="check-doc-unknown">
        <p role="alert">{translate('zh', 'checkDocUnknown', { id })}</p>
        <p lang="en">{translate('en', 'checkDocUnknown', { id })}</p>
      </main>
    );
  }
  return (
    <main class="check-doc" data-testid="check-doc" data-check-id={id}>
      <Markdown source={source} />
    </main>
  );
}
