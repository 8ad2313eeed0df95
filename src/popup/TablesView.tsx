import type { Finding } from '../core/model/finding';
import type { CellOrigin } from '../core/model/document';
import type { Report } from '../core/model/report';
import { useLang, useT, type MessageKey } from './i18n';
import { cellKindText, tableTitle } from './labels';
import { TABLE3_COLUMN_SHORT_EN, formNameEn } from '../core/form/names-en';
import { tableViews, type CellState, type TableCellView, type TableView } from './table-view';

export interface TablesViewProps {
  report: Report;
  findings: readonly Finding[];
  /** Shows one cell on the page (failing cells are buttons that call it). */
  onLocateCell?: (origin: CellOrigin, label: string) => void;
}

/** Tables 2–4 as the tool read them: the place to spot a misread before trusting a finding. */
export function TablesView({ report, findings, onLocateCell }: TablesViewProps) {
  const t = useT();
  if (report.form === 'pre2019') return <p class="tables-intro">{t('tableNoForm')}</p>;
  return (
    <div class="tables-view">
      <p class="tables-intro">{t('tablesIntro')}</p>
      <Legend />
      {tableViews(report, findings).map((view) => (
        <ReadTable key={view.table} view={view} onLocateCell={onLocateCell} />
      ))}
    </div>
  );
}

const LEGEND: [string, MessageKey, string][] = [
  ['number', 'legendNumber', '12'],
  ['blank', 'legendBlank', ''],
  ['notApplicable', 'legendNotApplicable', '/'],
  ['text', 'legendText', 'a1'],
  ['missing', 'legendMissing', '—'],
  ['number failing total', 'legendFailing', '7'],
  ['number failing operand', 'legendOperand', '3'],
];

function Legend() {
  const t = useT();
  return (
    <dl class="legend" aria-label={t('legendTitle')}>
      {LEGEND.map(([state, key, sample]) => (
        <div key={key}>
          <dt class={`cell ${state}`} aria-hidden="true">
            {sample}
          </dt>
          <dd>{t(key)}</dd>
        </div>
      ))}
    </dl>
  );
}

function ReadTable({ view, onLocateCell }: { view: TableView; onLocateCell?: TablesViewProps['onLocateCell'] }) {
  const t = useT();
  const lang = useLang();
  const titleId = `read-table-${view.table}`;
  const width = view.columns.length + 1;
  return (
    <section class="read-table-section" data-testid={`table-${view.table}`} aria-labelledby={titleId}>
      <h2 id={titleId}>
        {tableTitle(view.table, lang)}
        {view.pageTables.length > 0 && (
          <span class="read-from"> · {t('tableReadFrom', { n: view.pageTables.map((index) => index + 1).join('、') })}</span>
        )}
      </h2>
      {!view.found ? (
        <p class="muted">{t('tableNotFound')}</p>
      ) : (
        <>
          <table class={`read-table t${view.table}`}>
            <thead>
              <tr>
                <th scope="col" class="row-head">
                  {t('tableRowHeader')}
                </th>
                {view.columns.map((column) => (
                  <th
                    key={column.key}
                    scope="col"
                    class={`${column.missing ? 'missing' : ''}${column.extra ? ' extra' : ''}`}
                    title={[lang === 'en' && formNameEn(view.table, column.key), column.label, column.extra && `（${t('tableExtra')}）`]
                      .filter(Boolean)
                      .join(' ')}
                  >
                    {lang === 'en' && formNameEn(view.table, column.key) ? (
                      <>
                        <span class="column-en">
                          {(view.table === 3 && TABLE3_COLUMN_SHORT_EN[column.key]) || formNameEn(view.table, column.key)}
                        </span>
                        <span class="column-zh muted" lang="zh-CN">
                          {column.label}
                        </span>
                      </>
                    ) : (
                      column.label
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row) => [
                row.groupLabel ? (
                  <tr key={`${row.key}-group`} class="group-row">
                    <th scope="rowgroup" colSpan={width}>
                      {lang === 'en' && row.groupKey && formNameEn(view.table, row.groupKey)
                        ? `${formNameEn(view.table, row.groupKey)} ${row.groupLabel}`
                        : row.groupLabel}
                    </th>
                  </tr>
                ) : null,
                <tr key={row.key} class={`${row.missing ? 'missing' : ''}${row.extra ? ' extra' : ''}`} data-row={row.key}>
                  <th
                    scope="row"
                    class="row-head"
                    title={`${row.id ? `${row.id} ` : ''}${row.label}${row.missing ? `（${t('tableMissingRow')}）` : ''}${row.extra ? `（${t('tableExtra')}）` : ''}`}
                  >
                    {row.id && <span class="row-id">{row.id}</span>}
                    {lang === 'en' && formNameEn(view.table, row.key) ? (
                      <>
                        {formNameEn(view.table, row.key)}{' '}
                        <span class="muted" lang="zh-CN">
                          {row.label}
                        </span>
                      </>
                    ) : (
                      row.label
                    )}
                  </th>
                  {row.cells.map((cell) => (
                    <Cell key={cell.column} cell={cell} rowLabel={`${row.id || row.label}`} onLocateCell={onLocateCell} />
                  ))}
                </tr>,
              ])}
            </tbody>
          </table>
          {view.readerNotes.length > 0 && (
            <p class="reader-notes">
              {t('tableReaderNotes')}：{view.readerNotes.join('；')}
            </p>
          )}
        </>
      )}
    </section>
  );
}

const STATE_TITLE: Partial<Record<CellState, MessageKey>> = {
  blank: 'legendBlank',
  notApplicable: 'legendNotApplicable',
  text: 'legendText',
  missing: 'tableMissingCell',
  notInForm: 'tableNotInForm',
};

function Cell({ cell, rowLabel, onLocateCell }: { cell: TableCellView; rowLabel: string; onLocateCell?: TablesViewProps['onLocateCell'] }) {
  const t = useT();
  const lang = useLang();
  const stateKey = STATE_TITLE[cell.state];
  const failingText = cell.failing ? t(cell.role === 'operand' ? 'tableOperandCell' : 'tableFailingCell') : '';
  const title = [stateKey && t(stateKey), failingText].filter(Boolean).join(' · ');
  const shown = cell.state === 'missing' ? '—' : cell.raw;
  const origin = cell.value?.origin;
  const kind = cellKindText(cell.state, lang);
  return (
    <td
      class={`cell ${cell.state}${cell.raw.length >= 6 ? ' long' : ''}${cell.failing ? ` failing ${cell.role ?? 'total'}` : ''}`}
      data-column={cell.column}
      data-origin={origin ? `${origin.table}:${origin.row}:${origin.cell}` : undefined}
      title={title || undefined}
    >
      {cell.failing && origin && onLocateCell ? (
        <button
          type="button"
          class="cell-locate"
          onClick={() => onLocateCell(origin, `${rowLabel} · ${cell.column}`)}
          aria-label={`${shown || t('blank')} · ${failingText} · ${t('locate')}`}
        >
          {shown}
        </button>
      ) : (
        shown
      )}
      {cell.state === 'blank' && !cell.failing && <span class="sr-only">{t('blank')}</span>}
      {cell.failing && !onLocateCell && <span class="sr-only">{failingText}</span>}
      {kind && cell.state !== 'blank' && cell.state !== 'notApplicable' && <span class="sr-only">{kind}</span>}
    </td>
  );
}
