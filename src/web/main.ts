/**
 * The graph explorer at /explore: the actor network of the GraphQL API drawn with Cytoscape,
 * filtered by time and statement kind (facets), searched, walked through a side panel.
 */
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import './style.css';
import cytoscape, { type Core, type NodeSingular, type StylesheetJson } from 'cytoscape';
import { normalizeForMatch } from '../text/arabic.ts';
import { query } from './api.ts';
import { byId, download, h } from './dom.ts';
import {
  WebFacetsDocument,
  WebNetworkDocument,
  WebPathDocument,
  WebRepliesDocument,
  WebSearchDocument,
  type StatementKind,
  type WebRepliesQuery,
  type WebSearchQuery,
} from './generated/graphql.ts';
import { toGraphML } from './graphml.ts';
import {
  ACTOR_KIND_COLORS,
  ACTOR_KIND_LABELS,
  STATEMENT_KIND_COLORS,
  STATEMENT_KIND_LABELS,
  networkElements,
  replyElements,
  replyPairs,
  sliderPeriods,
  type ElementData,
  type GraphElement,
} from './model.ts';
import {
  closeArticle,
  closePanel,
  openActor,
  openArticle,
  openEvent,
  openSector,
  pathNodeLabel,
  showPath,
  type PanelHost,
} from './panel.ts';

/** The heaviest actors kept in the drawing: enough for a month of news, few enough to read. */
const NETWORK_LIMIT = 150;
const SEARCH_DEBOUNCE_MS = 250;
const SEARCH_HITS = 10;
const MAX_SECTOR_HITS = 5;
const PATH_MAX_HOPS = 6;
/** Where a path node that is not in the network first appears, from the neighbour it hangs off. */
const PATH_NODE_OFFSET = 60;
const FIT_PADDING = 40;
const FOCUS_PADDING = 80;
/** A focus on one actor and two neighbours would fill the screen: the zoom stops here. */
const MAX_FOCUS_ZOOM = 1.6;
const PNG_SCALE = 2;
const FONT = '"Noto Naskh Arabic", "Noto Sans Arabic", serif';

interface State {
  periods: string[];
  kinds: StatementKind[];
  selectedKinds: Set<StatementKind>;
  replies: WebRepliesQuery | null;
  pathFrom: string | null;
  focused: string | null;
}

const state: State = { periods: [], kinds: [], selectedKinds: new Set(), replies: null, pathFrom: null, focused: null };

const graphEl = byId('graph');
const statusEl = byId('status');

const style: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 13,
      'text-wrap': 'wrap',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      color: '#1b1b1b',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.reply-only', style: { 'border-style': 'dashed', 'border-color': '#555555', 'border-width': 2 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      opacity: 0.8,
      'arrow-scale': 0.9,
    },
  },
  {
    selector: 'edge.reply',
    style: { 'line-style': 'dashed', 'curve-style': 'unbundled-bezier', 'control-point-distances': [40], 'control-point-weights': [0.5] },
  },
  {
    selector: 'edge.denies',
    style: { 'line-color': STATEMENT_KIND_COLORS.DENIAL, 'target-arrow-color': STATEMENT_KIND_COLORS.DENIAL, 'target-arrow-shape': 'tee' },
  },
  {
    selector: 'edge.answers',
    style: { 'line-color': STATEMENT_KIND_COLORS.ANSWER, 'target-arrow-color': STATEMENT_KIND_COLORS.ANSWER, 'target-arrow-shape': 'vee' },
  },
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: 'node.focused', style: { 'border-width': 5, 'border-color': '#111111', 'font-weight': 'bold', 'z-index': 10 } },
  { selector: 'node.cursor', style: { 'overlay-color': '#1f6feb', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  { selector: 'node.path', style: { 'border-width': 5, 'border-color': '#000000' } },
  {
    selector: 'node.path-extra',
    style: {
      shape: 'round-rectangle',
      width: 16,
      height: 16,
      'background-color': '#ffffff',
      'border-color': '#000000',
      'border-width': 2,
      'font-size': 11,
      'text-max-width': '160px',
    },
  },
  {
    selector: 'edge.path-edge',
    style: {
      width: 4,
      'line-color': '#000000',
      'target-arrow-color': '#000000',
      label: 'data(label)',
      'font-size': 10,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
    },
  },
];

const cy: Core = cytoscape({ container: graphEl, style, minZoom: 0.2, maxZoom: 4, boxSelectionEnabled: false });

declare global {
  /** The Cytoscape instance, for the browser test and for poking at the graph from the console. */
  interface Window {
    qawlExplorer?: { cy: Core };
  }
}
window.qawlExplorer = { cy };

function setStatus(text: string): void {
  statusEl.textContent = text;
}

function layout(): void {
  // cose starts from the current positions and pushes apart nodes that share a centre with random
  // forces: new nodes all sit at the origin, so the same network came out differently on every
  // load. A circle in data order first gives every node its own start, and the same network
  // the same picture.
  cy.layout({ name: 'circle', animate: false, fit: false }).run();
  cy.layout({
    name: 'cose',
    animate: false,
    randomize: false,
    fit: true,
    padding: FIT_PADDING,
    nodeRepulsion: () => 12_000,
    idealEdgeLength: () => 110,
    nodeOverlap: 20,
  }).run();
}

function selectedRange(): { from: string | null; to: string | null } {
  const from = Number(byId<HTMLInputElement>('time-from').value);
  const to = Number(byId<HTMLInputElement>('time-to').value);
  const all = from === 0 && to === state.periods.length - 1;
  return all ? { from: null, to: null } : { from: state.periods[from] ?? null, to: state.periods[to] ?? null };
}

function actorNodeIds(): Set<string> {
  return new Set(cy.nodes('.actor').map((n) => n.id()));
}

async function loadNetwork(): Promise<void> {
  const range = selectedRange();
  const allKinds = state.selectedKinds.size === state.kinds.length;
  if (state.selectedKinds.size === 0) {
    cy.elements().remove();
    setStatus('لا نوع مختار · no statement kind selected');
    graphEl.dataset.nodes = '0';
    return;
  }
  setStatus('…');
  const { actorNetwork } = await query(WebNetworkDocument, {
    filter: { kinds: allKinds ? null : [...state.selectedKinds], from: range.from, to: range.to, limit: NETWORK_LIMIT },
  });
  cy.elements().remove();
  cy.add(networkElements(actorNetwork));
  await drawReplies();
  layout();
  fillPathSelects();
  const actors = actorNetwork.nodes.length;
  setStatus(
    `${actors} فاعلاً، ${actorNetwork.edges.length} رابطاً، من ${actorNetwork.statementCount} قولاً · ` +
      `${actors} actors, ${actorNetwork.edges.length} links, ${actorNetwork.statementCount} statements` +
      (actorNetwork.truncated ? ` (أثقل ${NETWORK_LIMIT} فقط · heaviest ${NETWORK_LIMIT} only)` : ''),
  );
  graphEl.dataset.nodes = String(cy.nodes().length);
  if (state.focused && !cy.getElementById(state.focused).empty()) highlight(state.focused);
}

/** DENIES and ANSWERS links, fetched once when first asked for, drawn for the chosen period. */
async function drawReplies(): Promise<void> {
  cy.elements('.reply, .reply-only').remove();
  if (!byId<HTMLInputElement>('show-replies').checked) return;
  state.replies ??= await query(WebRepliesDocument, {});
  cy.add(replyElements(replyPairs(state.replies), actorNodeIds(), selectedRange()));
}

/** Brings `eles` into view, never closer than MAX_FOCUS_ZOOM (no animation: a resize may follow at once). */
function view(eles: cytoscape.CollectionArgument): void {
  cy.stop();
  cy.fit(eles, FOCUS_PADDING);
  if (cy.zoom() > MAX_FOCUS_ZOOM) {
    cy.zoom(MAX_FOCUS_ZOOM);
    cy.center(eles);
  }
}

function clearHighlight(): void {
  cy.elements().removeClass('faded focused');
  state.focused = null;
  delete graphEl.dataset.focused;
}

/** Fades everything but the actor and its neighbours, and brings them into view. */
function highlight(id: string): boolean {
  const node = cy.getElementById(id);
  if (node.empty()) return false;
  cy.elements().removeClass('focused').addClass('faded');
  const around = node.closedNeighborhood();
  around.removeClass('faded');
  node.addClass('focused');
  view(around);
  state.focused = id;
  graphEl.dataset.focused = id;
  return true;
}

const host: PanelHost = {
  focusActor(id: string) {
    if (!highlight(id)) {
      clearHighlight();
      setStatus(`هذا الفاعل خارج الشبكة المعروضة · ${id} is not in the network shown`);
      state.focused = id;
      graphEl.dataset.focused = id;
    }
    void openActor(host, id);
  },
};

function highlightGroup(ids: string[]): void {
  clearHighlight();
  const nodes = cy.nodes().filter((n) => ids.includes(n.id()));
  if (nodes.empty()) return;
  cy.elements().addClass('faded');
  nodes.removeClass('faded').addClass('focused');
  nodes.edgesWith(nodes).removeClass('faded');
  view(nodes);
}

// ---- filters from the facets ----

async function loadFacets(): Promise<void> {
  const { statements } = await query(WebFacetsDocument, {});
  const { aggregate } = statements;
  state.kinds = aggregate.byKind.map((k) => k.kind);
  state.selectedKinds = new Set(state.kinds);
  byId('kinds').replaceChildren(
    ...aggregate.byKind.map(({ kind, count }) => {
      const [ar, en] = STATEMENT_KIND_LABELS[kind];
      const box = h('input', { type: 'checkbox', value: kind, checked: true, 'data-kind': kind });
      box.addEventListener('change', () => {
        if (box.checked) state.selectedKinds.add(kind);
        else state.selectedKinds.delete(kind);
        void loadNetwork().catch(reportError);
      });
      return h(
        'label',
        { class: 'kind' },
        box,
        h('span', { class: 'swatch', style: `--kind:${STATEMENT_KIND_COLORS[kind]}` }),
        `${ar} `,
        h('span', { lang: 'en', dir: 'ltr' }, `${en} (${count})`),
      );
    }),
  );

  state.periods = sliderPeriods(aggregate.days, aggregate.months);
  const last = Math.max(0, state.periods.length - 1);
  for (const [id, value] of [
    ['time-from', 0],
    ['time-to', last],
  ] as const) {
    const input = byId<HTMLInputElement>(id);
    input.max = String(last);
    input.value = String(value);
    input.disabled = state.periods.length <= 1;
    input.setAttribute('aria-valuetext', state.periods[value] ?? '');
  }
  updateTimeLabel();
}

function updateTimeLabel(): void {
  const from = byId<HTMLInputElement>('time-from');
  const to = byId<HTMLInputElement>('time-to');
  // The two thumbs may not cross: moving one past the other drags the other along.
  if (Number(from.value) > Number(to.value)) {
    if (document.activeElement === from) to.value = from.value;
    else from.value = to.value;
  }
  const a = state.periods[Number(from.value)] ?? '';
  const b = state.periods[Number(to.value)] ?? '';
  from.setAttribute('aria-valuetext', a);
  to.setAttribute('aria-valuetext', b);
  byId('time-label').textContent = state.periods.length === 0 ? 'لا تواريخ · no dates' : a === b ? a : `${a} → ${b}`;
}

for (const id of ['time-from', 'time-to']) {
  byId(id).addEventListener('input', updateTimeLabel);
  byId(id).addEventListener('change', () => void loadNetwork().catch(reportError));
}
byId('show-replies').addEventListener('change', () => void drawReplies().then(layout).catch(reportError));

function renderLegend(): void {
  byId('legend').replaceChildren(
    h('h2', {}, 'الفاعلون · Actors'),
    h(
      'ul',
      {},
      (Object.keys(ACTOR_KIND_COLORS) as (keyof typeof ACTOR_KIND_COLORS)[]).map((kind) =>
        h(
          'li',
          {},
          h('span', { class: 'dot', style: `--kind:${ACTOR_KIND_COLORS[kind]}` }),
          `${ACTOR_KIND_LABELS[kind][0]} `,
          h('span', { lang: 'en', dir: 'ltr' }, ACTOR_KIND_LABELS[kind][1]),
        ),
      ),
    ),
    h(
      'p',
      {},
      'حجم الدائرة: عدد أقواله؛ سُمك السهم: عدد الأقوال؛ لونه: نوعها الغالب · ',
      h('span', { lang: 'en', dir: 'ltr' }, 'size: statements said; arrow width: statements; color: main kind'),
    ),
    h(
      'p',
      {},
      h('span', { class: 'line denies' }),
      'نفي · ',
      h('span', { lang: 'en', dir: 'ltr' }, 'denies'),
      '  ',
      h('span', { class: 'line answers' }),
      'جواب · ',
      h('span', { lang: 'en', dir: 'ltr' }, 'answers'),
    ),
  );
}

// ---- search ----

type Hit = { kind: 'actor' | 'event' | 'sector'; id: string; label: string; detail: string };
const searchInput = byId<HTMLInputElement>('search');
const resultsEl = byId<HTMLUListElement>('search-results');
let hits: Hit[] = [];
let activeHit = -1;
let searchTimer: ReturnType<typeof setTimeout> | undefined;
let searchSeq = 0;

function toHits(data: WebSearchQuery, text: string): Hit[] {
  const found: Hit[] = [];
  for (const hit of data.search.edges) {
    const node = hit.node;
    if (node.__typename === 'Actor') {
      found.push({
        kind: 'actor',
        id: node.id,
        label: node.name,
        detail: [node.nameEn, ACTOR_KIND_LABELS[node.kind][1]].filter(Boolean).join(' · '),
      });
    } else if (node.__typename === 'Event') {
      found.push({ kind: 'event', id: node.id, label: node.label, detail: [node.eventKind, node.date].filter(Boolean).join(' · ') });
    }
  }
  // Sectors are few: matched here on their normalized names, Arabic or English.
  const needle = normalizeForMatch(text);
  const sectors = data.sectors.edges
    .map((e) => e.node)
    .filter((s) => normalizeForMatch(s.name).includes(needle) || (s.nameEn ?? '').toLowerCase().includes(text.toLowerCase()))
    .slice(0, MAX_SECTOR_HITS);
  for (const s of sectors)
    found.push({ kind: 'sector', id: s.id, label: s.name, detail: [s.nameEn, 'sector'].filter(Boolean).join(' · ') });
  return found;
}

async function runSearch(): Promise<void> {
  const text = searchInput.value.trim();
  const seq = ++searchSeq;
  if (!text) {
    hits = [];
    renderHits();
    return;
  }
  const data = await query(WebSearchDocument, { query: text, first: SEARCH_HITS });
  // A slower answer to an older text must not replace the newer one.
  if (seq !== searchSeq) return;
  hits = toHits(data, text);
  activeHit = hits.length > 0 ? 0 : -1;
  renderHits();
}

const HIT_KIND_LABELS: Record<Hit['kind'], string> = { actor: 'فاعل · actor', event: 'حدث · event', sector: 'قطاع · sector' };

function renderHits(): void {
  resultsEl.replaceChildren(
    ...hits.map((hit, i) =>
      h(
        'li',
        {
          id: `hit-${i}`,
          role: 'option',
          'aria-selected': i === activeHit ? 'true' : 'false',
          'data-id': hit.id,
          onmousedown: (event: Event) => {
            event.preventDefault();
            choose(hit);
          },
        },
        h('span', { class: 'hit-kind' }, HIT_KIND_LABELS[hit.kind]),
        ' ',
        h('strong', {}, hit.label),
        hit.detail ? [' ', h('span', { class: 'en', dir: 'ltr' }, hit.detail)] : null,
      ),
    ),
  );
  if (searchInput.value.trim() && hits.length === 0) resultsEl.replaceChildren(h('li', { class: 'empty' }, 'لا نتائج · no results'));
  const open = resultsEl.childElementCount > 0;
  resultsEl.hidden = !open;
  searchInput.setAttribute('aria-expanded', String(open));
  if (activeHit >= 0) searchInput.setAttribute('aria-activedescendant', `hit-${activeHit}`);
  else searchInput.removeAttribute('aria-activedescendant');
}

function choose(hit: Hit): void {
  resultsEl.hidden = true;
  searchInput.setAttribute('aria-expanded', 'false');
  if (hit.kind === 'actor') host.focusActor(hit.id);
  else if (hit.kind === 'event') void openEvent(host, hit.id).then(highlightGroup);
  else void openSector(host, hit.id).then(highlightGroup);
}

searchInput.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => void runSearch().catch(reportError), SEARCH_DEBOUNCE_MS);
});
searchInput.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    if (hits.length === 0) return;
    event.preventDefault();
    activeHit = (activeHit + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
    renderHits();
  } else if (event.key === 'Escape') {
    resultsEl.hidden = true;
    searchInput.setAttribute('aria-expanded', 'false');
  }
});
searchInput.addEventListener('blur', () => {
  resultsEl.hidden = true;
});
byId('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(searchTimer);
  // Enter picks the highlighted hit; typed fast, before the debounce ran, it searches first.
  const pick = () => {
    const hit = hits[activeHit] ?? hits[0];
    if (hit) choose(hit);
  };
  if (hits.length > 0 && resultsEl.childElementCount > 0 && !resultsEl.hidden) pick();
  else void runSearch().then(pick).catch(reportError);
});

// ---- path mode ----

function fillPathSelects(): void {
  const actors = cy
    .nodes('.actor')
    .map((n) => ({ id: n.id(), name: String(n.data('name')), nameEn: n.data('nameEn') as string | null }))
    .sort((a, b) => a.name.localeCompare(b.name, 'ar'));
  for (const id of ['path-from', 'path-to']) {
    const select = byId<HTMLSelectElement>(id);
    const previous = select.value;
    select.replaceChildren(
      h('option', { value: '' }, '—'),
      ...actors.map((a) => h('option', { value: a.id }, a.nameEn ? `${a.name} (${a.nameEn})` : a.name)),
    );
    select.value = actors.some((a) => a.id === previous) ? previous : '';
  }
}

function clearPath(): void {
  cy.elements('.path-extra, .path-edge').remove();
  cy.nodes().removeClass('path');
}

async function runPath(from: string, to: string): Promise<void> {
  clearPath();
  clearHighlight();
  const { shortestPath } = await query(WebPathDocument, { from, to, maxHops: PATH_MAX_HOPS });
  showPath(host, shortestPath, from, to);
  if (!shortestPath) return;
  for (const node of shortestPath.nodes) {
    if (cy.getElementById(node.id).empty()) {
      cy.add({
        group: 'nodes',
        classes: 'path-extra',
        data: { id: node.id, type: node.__typename, label: pathNodeLabel(node), color: '#ffffff', size: 16 },
      });
    }
    cy.getElementById(node.id).addClass('path');
  }
  for (const rel of shortestPath.relationships) {
    cy.add({
      group: 'edges',
      classes: 'path-edge',
      data: { id: `path:${rel.id}`, type: rel.type, source: rel.source, target: rel.target, label: rel.type },
    });
  }
  const onPath = cy.elements('.path, .path-edge');
  // New nodes start where their neighbours are, then the picture fits the path.
  onPath.nodes('.path-extra').forEach((n) => {
    const placed = n
      .neighborhood()
      .nodes()
      .filter((m) => !m.hasClass('path-extra'))[0];
    if (placed) n.position({ x: placed.position('x') + PATH_NODE_OFFSET, y: placed.position('y') + PATH_NODE_OFFSET });
  });
  cy.elements().not(onPath).addClass('faded');
  view(onPath);
}

byId('path-go').addEventListener('click', () => {
  const from = byId<HTMLSelectElement>('path-from').value;
  const to = byId<HTMLSelectElement>('path-to').value;
  if (!from || !to) return setStatus('اختر فاعلين · choose two actors');
  void runPath(from, to).catch(reportError);
});
byId('path-clear').addEventListener('click', () => {
  clearPath();
  clearHighlight();
  state.pathFrom = null;
});

// ---- graph interaction ----

cy.on('tap', 'node.actor', (event) => {
  const node = event.target as NodeSingular;
  const original = event.originalEvent as MouseEvent | undefined;
  if (original?.shiftKey) {
    // Shift-click two actors: the path between them.
    if (!state.pathFrom) {
      state.pathFrom = node.id();
      byId<HTMLSelectElement>('path-from').value = node.id();
      setStatus(`من ${String(node.data('name'))} … إلى؟ · from ${node.id()} to? (shift-click another actor)`);
    } else {
      byId<HTMLSelectElement>('path-to').value = node.id();
      const from = state.pathFrom;
      state.pathFrom = null;
      void runPath(from, node.id()).catch(reportError);
    }
    return;
  }
  host.focusActor(node.id());
});
cy.on('tap', (event) => {
  if (event.target === cy) {
    clearHighlight();
    clearPath();
  }
});

// Keyboard: arrows walk the actors heaviest first, Enter opens the one under the cursor.
let cursor = -1;
function actorsByWeight(): NodeSingular[] {
  return cy
    .nodes('.actor')
    .toArray()
    .map((n) => n)
    .sort((a, b) => Number(b.data('weight')) - Number(a.data('weight')));
}
graphEl.addEventListener('keydown', (event) => {
  const actors = actorsByWeight();
  if (actors.length === 0) return;
  const step = { ArrowDown: 1, ArrowLeft: 1, ArrowUp: -1, ArrowRight: -1 }[event.key];
  if (step !== undefined) {
    event.preventDefault();
    cursor = (cursor + step + actors.length) % actors.length;
    cy.nodes().removeClass('cursor');
    const node = actors[cursor]!;
    node.addClass('cursor');
    setStatus(`${String(node.data('name'))}${node.data('nameEn') ? ` · ${String(node.data('nameEn'))}` : ''} — Enter`);
  } else if (event.key === 'Enter' && actors[cursor]) {
    event.preventDefault();
    host.focusActor(actors[cursor]!.id());
  } else if (event.key === '+' || event.key === '-') {
    cy.zoom({ level: cy.zoom() * (event.key === '+' ? 1.2 : 1 / 1.2), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }
});

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
  if (event.key === '/' && !typing) {
    event.preventDefault();
    searchInput.focus();
  } else if (event.key === 'Escape' && !typing) {
    if (!byId('article-view').hidden) closeArticleView();
    else {
      closePanel();
      clearHighlight();
      graphEl.focus();
    }
  }
});

byId('panel-close').addEventListener('click', () => {
  closePanel();
  clearHighlight();
  graphEl.focus();
});

// ---- article view: `?article=<id>&start=&end=`, a real address that can be shared or reloaded ----

function openArticleFromUrl(): void {
  const params = new URLSearchParams(window.location.search);
  const id = params.get('article');
  if (id) void openArticle(id, Number(params.get('start') ?? 0), Number(params.get('end') ?? 0));
  else closeArticle();
}

function closeArticleView(): void {
  if (new URLSearchParams(window.location.search).has('article')) history.pushState(null, '', window.location.pathname);
  closeArticle();
}

byId('panel').addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a.article-link');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  history.pushState(null, '', link.href);
  openArticleFromUrl();
});
byId('article-close').addEventListener('click', closeArticleView);
byId('article-view').addEventListener('click', (event) => {
  if (event.target === byId('article-view')) closeArticleView();
});
window.addEventListener('popstate', openArticleFromUrl);

// ---- exports ----

function visibleData(): { nodes: ElementData[]; edges: ElementData[] } {
  return {
    nodes: cy.nodes(':visible').map((n) => ({ ...(n.data() as GraphElement['data']) })),
    edges: cy.edges(':visible').map((e) => ({ ...(e.data() as GraphElement['data']) })),
  };
}

byId('export-png').addEventListener('click', () => {
  const blob = cy.png({ output: 'blob', full: true, scale: PNG_SCALE, bg: '#ffffff' });
  download('qawl-network.png', blob);
});
byId('export-graphml').addEventListener('click', () => {
  download('qawl-network.graphml', new Blob([toGraphML(visibleData())], { type: 'application/graphml+xml' }));
});
byId('fit').addEventListener('click', () => cy.fit(undefined, FIT_PADDING));

// ---- narrow screens: the filters fold away behind a button ----

const toggleFilters = byId('toggle-filters');
toggleFilters.addEventListener('click', () => {
  const open = document.body.classList.toggle('filters-open');
  toggleFilters.setAttribute('aria-expanded', String(open));
});
// Cytoscape keeps the canvas's page offset to map clicks to nodes, and renews it on resize. The
// panel moves the canvas's left edge when it opens or closes (right-to-left: it sits on the
// left); a click before the ResizeObserver's next frame would land beside the node under the
// pointer, so the offset is renewed as soon as the panel toggles.
new MutationObserver(() => cy.resize()).observe(byId('panel'), { attributes: true, attributeFilter: ['hidden'] });
// The panel opening or the window narrowing resizes the canvas: redraw, and keep the focus in view.
new ResizeObserver(() => {
  cy.resize();
  const onPath = cy.elements('.path, .path-edge');
  const focused = state.focused ? cy.getElementById(state.focused) : null;
  if (onPath.nonempty()) view(onPath);
  else if (focused && focused.nonempty()) view(focused.closedNeighborhood());
}).observe(graphEl);

function reportError(error: unknown): void {
  setStatus(`خطأ · error: ${error instanceof Error ? error.message : String(error)}`);
  statusEl.classList.add('error');
}

async function start(): Promise<void> {
  renderLegend();
  // Canvas labels need the font loaded first, or the first drawing uses a fallback face.
  await Promise.all([document.fonts.load(`13px ${FONT}`, 'قول'), document.fonts.load(`bold 13px ${FONT}`, 'قول')]);
  await loadFacets();
  await loadNetwork();
  openArticleFromUrl();
  document.body.dataset.ready = 'true';
}

void start().catch(reportError);
