/**
 * The one function the popup injects into the report page (`scripting.executeScript({ func, args })`)
 * to show where a finding is: it scrolls the first target into view and outlines every target in an
 * overlay. It is serialised and run on its own in the page, so it uses nothing from outside its body —
 * everything it needs arrives in `args`.
 *
 * - The overlay host is a custom element with a shadow root: the page's CSS cannot restyle the outlines
 *   and the outline styles cannot leak into the page. Nodes are built with createElement/textContent
 *   only; nothing from the page or the report is ever parsed as HTML.
 * - The host is absolutely positioned at the document's origin, so outlines move with the document as
 *   it scrolls; scrolls of inner containers (captured at the window), resizes and layout changes
 *   recompute them from getBoundingClientRect.
 * - The popup opens a port to it and it removes itself when the port closes: the outlines last exactly
 *   as long as the popup that drew them. The next highlight replaces this one.
 */
import type { HighlightRequest } from './targets';

export interface PageHighlightArgs extends HighlightRequest {
  /** Name of the port the popup opens to this page (`tabs.connect`) right after the injection. */
  portName: string;
  /** How long to wait for that port before giving the outlines up. */
  connectTimeoutMs: number;
  /** Tag name of the overlay host (a valid custom element name, so it may have a shadow root). */
  hostTag: string;
}

export interface PageHighlightResult {
  cells: number;
  quotes: number;
  tables: number;
  /** Targets not found on the page (the page changed since the audit, or text the reader joined). */
  missing: number;
}

export function highlightInPage(args: PageHighlightArgs): PageHighlightResult {
  const CLEANUP = '__govreportHighlightCleanup';
  type Cleanup = () => void;
  type Host = HTMLElement & { [CLEANUP]?: Cleanup };
  interface Target {
    kind: 'cell' | 'quote' | 'table';
    primary: boolean;
    /** The element whose scroll containers clip the outline; also the one scrolled to. */
    element: Element;
    rects(): DOMRect[];
    key: string;
  }

  for (const old of Array.from(document.getElementsByTagName(args.hostTag)) as Host[]) {
    const cleanup = old[CLEANUP];
    if (typeof cleanup === 'function') cleanup();
    else old.remove();
  }

  const result: PageHighlightResult = { cells: 0, quotes: 0, tables: 0, missing: 0 };
  const targets: Target[] = [];
  const tables = document.getElementsByTagName('table');

  // The table's own rows in document order, skipping nested tables: as src/core/extract/grid.ts counts.
  const ownRows = (table: Element): Element[] => {
    const rows: Element[] = [];
    const stack: Element[] = Array.from(table.children).reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.localName === 'tr') rows.push(node);
      else if (node.localName !== 'table') {
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
      }
    }
    return rows;
  };
  const ownCells = (row: Element): Element[] =>
    Array.from(row.children).filter((child) => child.localName === 'td' || child.localName === 'th');
  const rowsCache = new Map<Element, Element[]>();

  for (const cell of args.cells) {
    const table = tables[cell.table];
    let element: Element | undefined;
    if (table) {
      let rows = rowsCache.get(table);
      if (!rows) rowsCache.set(table, (rows = ownRows(table)));
      const row = rows[cell.row];
      element = row ? ownCells(row)[cell.cell] : undefined;
    }
    if (!element) {
      result.missing++;
      continue;
    }
    const found = element;
    result.cells++;
    targets.push({
      kind: 'cell',
      primary: cell.primary,
      element: found,
      rects: () => [found.getBoundingClientRect()],
      key: `${cell.table}:${cell.row}:${cell.cell}`,
    });
  }

  for (const index of args.tables) {
    const table = tables[index];
    if (!table) {
      result.missing++;
      continue;
    }
    result.tables++;
    targets.push({ kind: 'table', primary: true, element: table, rects: () => [table.getBoundingClientRect()], key: `table:${index}` });
  }

  if (args.quotes.length > 0) {
    // The page's text as the compact string the quotes are written in (NFKC, no whitespace), with each
    // compact character mapped back to its text node and offsets, so a match becomes a DOM Range.
    const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;
    const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'head', args.hostTag]);
    const nodes: Text[] = [];
    const nodeOf: number[] = [];
    const startOf: number[] = [];
    const endOf: number[] = [];
    let compact = '';
    const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        return SKIPPED.has((node as Element).localName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const data = text.data;
      const n = nodes.length;
      nodes.push(text);
      let chunk = '';
      for (let i = 0; i < data.length;) {
        const code = data.charCodeAt(i);
        const width = code >= 0xd800 && code <= 0xdbff && i + 1 < data.length ? 2 : 1;
        const char = data.slice(i, i + width);
        // Printable ASCII and CJK ideographs are their own NFKC form: skip the costly call for them.
        const plain = (code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff);
        const normal = plain ? char : char.normalize('NFKC').replace(WHITESPACE, '');
        for (let j = 0; j < normal.length; j++) {
          nodeOf.push(n);
          startOf.push(i);
          endOf.push(i + width);
        }
        chunk += normal;
        i += width;
      }
      compact += chunk;
    }
    const rangeAt = (start: number, length: number): Range | null => {
      if (length <= 0 || start < 0 || start + length > compact.length) return null;
      const range = document.createRange();
      range.setStart(nodes[nodeOf[start]!]!, startOf[start]!);
      range.setEnd(nodes[nodeOf[start + length - 1]!]!, endOf[start + length - 1]!);
      return range;
    };
    const visible = (range: Range) => Array.from(range.getClientRects()).some((rect) => rect.width > 0 && rect.height > 0);
    const find = (quote: { text: string; context: string; offset: number }): Range | null => {
      // In its own paragraph first: the same sentence may also stand in a summary or a sidebar.
      if (quote.context !== '') {
        for (let at = compact.indexOf(quote.context); at >= 0; at = compact.indexOf(quote.context, at + 1)) {
          const start = at + quote.offset;
          if (compact.startsWith(quote.text, start)) {
            const range = rangeAt(start, quote.text.length);
            if (range && visible(range)) return range;
          }
        }
      }
      for (let at = compact.indexOf(quote.text); at >= 0; at = compact.indexOf(quote.text, at + 1)) {
        const range = rangeAt(at, quote.text.length);
        if (range && visible(range)) return range;
      }
      return null;
    };
    // One box per line: a range over several inline elements yields a rect per fragment.
    const lineRects = (range: Range): DOMRect[] => {
      const lines: DOMRect[] = [];
      const rects = Array.from(range.getClientRects())
        .filter((rect) => rect.width > 0 && rect.height > 0)
        .sort((a, b) => a.top - b.top || a.left - b.left);
      for (const rect of rects) {
        const last = lines[lines.length - 1];
        if (last && Math.abs(last.top - rect.top) < 3 && Math.abs(last.bottom - rect.bottom) < 3) {
          const left = Math.min(last.left, rect.left);
          const right = Math.max(last.right, rect.right);
          lines[lines.length - 1] = new DOMRect(
            left,
            Math.min(last.top, rect.top),
            right - left,
            Math.max(last.bottom, rect.bottom) - Math.min(last.top, rect.top),
          );
        } else lines.push(rect);
      }
      return lines;
    };
    for (const quote of args.quotes) {
      const range = find(quote);
      if (!range) {
        result.missing++;
        continue;
      }
      result.quotes++;
      const container = range.startContainer.parentElement ?? document.body;
      targets.push({ kind: 'quote', primary: true, element: container, rects: () => lineRects(range), key: `quote:${result.quotes - 1}` });
    }
  }

  if (targets.length === 0) return result;

  const host = document.createElement(args.hostTag) as Host;
  const hostStyle: Record<string, string> = {
    all: 'initial',
    position: 'absolute',
    top: '0',
    left: '0',
    width: '0',
    height: '0',
    overflow: 'visible',
    'z-index': '2147483647',
    'pointer-events': 'none',
    display: 'block',
    margin: '0',
    padding: '0',
    border: '0',
    transform: 'none',
  };
  // Inline and !important: a page rule on `*` or on unknown elements must not move the overlay.
  for (const [name, value] of Object.entries(hostStyle)) host.style.setProperty(name, value, 'important');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `
    .box { position: absolute; box-sizing: border-box; outline: 2px solid #f08c00; outline-offset: 0;
      background: rgba(255, 212, 59, 0.18); border-radius: 1px; }
    .box.primary { outline: 3px solid #e03131; background: rgba(255, 107, 107, 0.18); }
    .box.quote { outline: 2px solid #e03131; background: rgba(255, 236, 153, 0.45); }
    .box.table { outline: 3px dashed #e03131; background: transparent; }
    .box.hidden, .label.hidden { display: none; }
    .label { position: absolute; max-width: 360px; padding: 1px 6px; border-radius: 3px; background: #e03131;
      color: #fff; font: 12px/18px system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif; white-space: nowrap;
      overflow: hidden; text-overflow: ellipsis; }
    @media (prefers-reduced-motion: no-preference) {
      .box.primary, .box.quote { animation: pulse 0.6s ease-out 2; }
      @keyframes pulse { 50% { outline-offset: 4px; } }
    }`;
  const layer = document.createElement('div');
  const label = document.createElement('div');
  label.className = 'label';
  label.textContent = args.label;
  root.append(style, layer, label);
  (document.documentElement ?? document.body).append(host);

  // Scroll containers between a target and the viewport: outlines are clipped to what they show.
  const clippers = new Map<Target, Element[]>();
  for (const target of targets) {
    const list: Element[] = [];
    for (let el = target.element.parentElement; el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
      const computed = getComputedStyle(el);
      if (computed.overflowX !== 'visible' || computed.overflowY !== 'visible') list.push(el);
    }
    clippers.set(target, list);
  }

  const place = () => {
    if (!host.isConnected) return;
    const origin = host.getBoundingClientRect();
    const boxes: HTMLElement[] = [];
    let first: DOMRect | null = null;
    for (const target of targets) {
      let clip = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
      for (const el of clippers.get(target) ?? []) {
        const r = el.getBoundingClientRect();
        const left = r.left + el.clientLeft;
        const top = r.top + el.clientTop;
        clip = {
          left: Math.max(clip.left, left),
          top: Math.max(clip.top, top),
          right: Math.min(clip.right, left + el.clientWidth),
          bottom: Math.min(clip.bottom, top + el.clientHeight),
        };
      }
      for (const rect of target.rects()) {
        const box = document.createElement('div');
        box.className = `box ${target.kind}${target.primary && target.kind === 'cell' ? ' primary' : ''}`;
        box.dataset.target = target.key;
        const left = Math.max(rect.left, clip.left);
        const top = Math.max(rect.top, clip.top);
        const right = Math.min(rect.right, clip.right);
        const bottom = Math.min(rect.bottom, clip.bottom);
        if (right <= left || bottom <= top) box.classList.add('hidden');
        else {
          box.style.left = `${left - origin.left}px`;
          box.style.top = `${top - origin.top}px`;
          box.style.width = `${right - left}px`;
          box.style.height = `${bottom - top}px`;
          first ??= new DOMRect(left, top, right - left, bottom - top);
        }
        boxes.push(box);
      }
    }
    layer.replaceChildren(...boxes);
    if (first) {
      label.classList.remove('hidden');
      // Kept inside the window: a target at the right edge must not push its label off-screen.
      const room = document.documentElement.clientWidth - label.offsetWidth - 4;
      label.style.left = `${Math.max(4, Math.min(first.left, room)) - origin.left}px`;
      // Above the first outline, or inside the top of it when there is no room above.
      label.style.top = `${Math.max(first.top - origin.top - 21, -origin.top)}px`;
    } else label.classList.add('hidden');
  };

  // Scroll to what the finding is about: a quoted sentence (a finding that quotes the prose is about
  // what the prose says; its cells are the table side), else the location's own cell, else the first.
  const focus = targets.find((target) => target.kind === 'quote') ?? targets.find((target) => target.primary) ?? targets[0]!;
  const behavior = 'instant' as ScrollBehavior;
  focus.element.scrollIntoView({ block: 'center', inline: 'center', behavior });
  if (focus.kind === 'quote') {
    // The sentence, not its (possibly long) paragraph, belongs in the middle of the window.
    const rect = focus.rects()[0];
    if (rect) window.scrollBy({ top: rect.top + rect.height / 2 - window.innerHeight / 2, behavior });
  }
  place();

  const onChange = () => place();
  window.addEventListener('scroll', onChange, { capture: true, passive: true });
  window.addEventListener('resize', onChange, { passive: true });
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(onChange) : null;
  observer?.observe(document.documentElement);
  for (const target of targets) observer?.observe(target.element);

  type Port = { name: string; onDisconnect: { addListener(fn: () => void): void }; disconnect(): void };
  type ConnectEvent = { addListener(fn: (port: Port) => void): void; removeListener(fn: (port: Port) => void): void };
  type Api = { runtime?: { onConnect?: ConnectEvent } };
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const onConnect = (scope.browser?.runtime?.onConnect ? scope.browser : scope.chrome)?.runtime?.onConnect;
  let port: Port | null = null;
  let orphan: ReturnType<typeof setTimeout> | undefined;
  const accept = (opened: Port) => {
    if (opened.name !== args.portName || port) return;
    port = opened;
    clearTimeout(orphan);
    opened.onDisconnect.addListener(() => cleanup());
  };
  const cleanup: Cleanup = () => {
    window.removeEventListener('scroll', onChange, { capture: true });
    window.removeEventListener('resize', onChange);
    observer?.disconnect();
    clearTimeout(orphan);
    onConnect?.removeListener(accept);
    host.remove();
    const open = port;
    port = null;
    try {
      open?.disconnect();
    } catch {
      // Already closed from the popup's side.
    }
  };
  host[CLEANUP] = cleanup;
  // The popup connects to this page right after the injection and holds the port while it is open.
  // The page does not connect to the popup: a runtime.connect from a page reaches every open page of
  // the extension, and in Firefox any one of them closing would close the port.
  if (onConnect) {
    onConnect.addListener(accept);
    // A popup closed between drawing and connecting never connects: do not outlive it.
    orphan = setTimeout(() => {
      if (!port) cleanup();
    }, args.connectTimeoutMs);
  }
  return result;
}
