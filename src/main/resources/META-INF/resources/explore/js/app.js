// The explorer page: search, a neighbourhood graph (Cytoscape.js + fcose), details with claims and conflicts, paths,
// an as-of date, filters, a map, charts, exports and a permalink. It talks to /graphql only (js/api.js).
import { gql, SEARCH, NEIGHBOURHOOD, PATHS, NODE_CLAIMS, CONFLICTS } from './api.js';
import { KINDS, cytoscapeStyle, legendHtml } from './style.js';
import { esc, nodeHtml, edgeHtml } from './details.js';
import * as exporter from './exports.js';
import { showMap } from './map.js';
import { showCharts } from './charts.js';

cytoscape.use(cytoscapeFcose);

const $ = (id) => document.getElementById(id);
const statusLine = $('status');

function report(error) {
  statusLine.textContent = error instanceof Error ? error.message : String(error);
  statusLine.className = 'error';
}
function say(text) {
  statusLine.textContent = text;
  statusLine.className = '';
}

// ---- state: what the view shows; the permalink (URL hash) holds it ----
// roots: entities opened or expanded, each drawn with its neighbourhood (or alone when collapsed);
// paths: searches for paths between two entities; hidden kinds and relationship types; the as-of date; the tab.
const emptyState = () => ({ tab: 'graph', roots: [], paths: [], hiddenKinds: [], hiddenRels: [], asOf: null, selected: null });
let state = emptyState();
const history = [];

function encodeState(s) {
  const p = new URLSearchParams();
  if (s.tab !== 'graph') p.set('tab', s.tab);
  if (s.roots.length) p.set('open', s.roots.map((r) => `${r.id}~${r.limit}~${r.depth}${r.expanded ? '' : '~c'}`).join(','));
  if (s.paths.length) p.set('paths', s.paths.map((x) => `${x.from}~${x.to}~${x.hops}`).join(','));
  if (s.hiddenKinds.length) p.set('hideKinds', s.hiddenKinds.join(','));
  if (s.hiddenRels.length) p.set('hideRels', s.hiddenRels.join(','));
  if (s.asOf) p.set('asOf', s.asOf);
  if (s.selected) p.set('sel', s.selected);
  return p.toString();
}

function decodeState(hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const s = emptyState();
  s.tab = ['graph', 'map', 'charts'].includes(p.get('tab')) ? p.get('tab') : 'graph';
  const list = (key) => (p.get(key) ? p.get(key).split(',').filter(Boolean) : []);
  s.roots = list('open').map((x) => {
    const [id, limit, depth, c] = x.split('~');
    return { id, limit: clamp(limit, 1, 500, 25), depth: clamp(depth, 1, 3, 1), expanded: c !== 'c' };
  });
  s.paths = list('paths').map((x) => {
    const [from, to, hops] = x.split('~');
    return { from, to, hops: clamp(hops, 1, 6, 4) };
  }).filter((x) => x.from && x.to);
  s.hiddenKinds = list('hideKinds');
  s.hiddenRels = list('hideRels');
  s.asOf = /^\d{4}-\d{2}-\d{2}$/.test(p.get('asOf') || '') ? p.get('asOf') : null;
  s.selected = p.get('sel');
  return s;
}

function clamp(value, min, max, otherwise) {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : otherwise;
}

function change(mutate) {
  history.push(JSON.stringify(state));
  if (history.length > 50) history.shift();
  mutate(state);
  $('undo').disabled = false;
  return render();
}

function undo() {
  if (!history.length) return;
  state = JSON.parse(history.pop());
  $('undo').disabled = history.length === 0;
  render();
}

// ---- data: each answer is kept, so undo, filters and re-renders do not ask again ----
const cache = new Map();

function subgraph(root, asOf) {
  const limit = root.expanded ? root.limit : 1;
  const depth = root.expanded ? root.depth : 1;
  const key = `n|${root.id}|${limit}|${depth}|${asOf}`;
  if (!cache.has(key)) {
    cache.set(key, gql(NEIGHBOURHOOD, { id: root.id, depth, limit, asOf }).then((d) => d.neighbourhood)
      .catch((e) => { cache.delete(key); throw e; }));
  }
  return cache.get(key);
}

function pathSearch(p, asOf) {
  const key = `p|${p.from}|${p.to}|${p.hops}|${asOf}`;
  if (!cache.has(key)) {
    cache.set(key, gql(PATHS, { from: p.from, to: p.to, maxHops: p.hops, asOf }).then((d) => d.paths)
      .catch((e) => { cache.delete(key); throw e; }));
  }
  return cache.get(key);
}

let conflicts = null;
function allConflicts() {
  if (!conflicts) conflicts = gql(CONFLICTS).then((d) => d.conflicts).catch((e) => { conflicts = null; throw e; });
  return conflicts;
}

// ---- the graph ----
const cy = cytoscape({ container: $('cy'), style: cytoscapeStyle(), wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4 });
const truncatedRoots = new Set();
let renderSeq = 0;
const timings = [];

function nodeElement(n) {
  const name = n.name || n.id;
  return { group: 'nodes', data: { id: n.id, kind: n.label, name, short: name.length > 30 ? `${name.slice(0, 28)}…` : name, props: n.properties } };
}

function edgeElement(e) {
  return { group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type, props: e.properties,
    provenance: e.provenance, disputed: e.provenance.disputed } };
}

async function render() {
  const seq = ++renderSeq;
  const started = performance.now();
  say('Loading…');
  let graphs, paths;
  try {
    [graphs, paths] = await Promise.all([
      Promise.all(state.roots.map((r) => subgraph(r, state.asOf))),
      Promise.all(state.paths.map((p) => pathSearch(p, state.asOf)))]);
  } catch (e) {
    if (seq === renderSeq) report(e);
    return;
  }
  if (seq !== renderSeq) return;
  const fetched = performance.now();
  const nodes = new Map(), edges = new Map(), pathEdges = new Set();
  truncatedRoots.clear();
  const missing = state.roots.filter((r, i) => graphs[i].nodes.length === 0).map((r) => r.id);
  graphs.forEach((g, i) => {
    if (g.truncated && state.roots[i].expanded) truncatedRoots.add(state.roots[i].id);
    g.nodes.forEach((n) => nodes.set(n.id, n));
    g.edges.forEach((e) => edges.set(e.id, e));
  });
  paths.flat().forEach((p) => {
    p.nodes.forEach((n) => nodes.set(n.id, n));
    p.edges.forEach((e) => { edges.set(e.id, e); pathEdges.add(e.id); });
  });
  const wasEmpty = cy.nodes().length === 0;
  let added = 0;
  cy.batch(() => {
    cy.elements().filter((x) => (x.isNode() ? !nodes.has(x.id()) : !edges.has(x.id()))).remove();
    nodes.forEach((n) => { if (cy.getElementById(n.id).empty()) { cy.add(nodeElement(n)); added++; } });
    edges.forEach((e) => {
      if (cy.getElementById(e.id).empty() && nodes.has(e.source) && nodes.has(e.target)) { cy.add(edgeElement(e)); added++; }
    });
    cy.nodes().removeClass('root collapsed');
    state.roots.forEach((r) => cy.getElementById(r.id).addClass(r.expanded ? 'root' : 'root collapsed'));
    cy.edges().forEach((e) => (pathEdges.has(e.id()) ? e.addClass('path') : e.removeClass('path')));
  });
  applyFilters();
  let layoutMs = 0;
  if (added > 0) layoutMs = await runLayout(wasEmpty);
  if (seq !== renderSeq) return;
  const total = performance.now() - started;
  timings.push({ nodes: cy.nodes().length, edges: cy.edges().length, fetchMs: fetched - started, layoutMs, totalMs: total });
  afterRender(paths, missing);
}

function runLayout(randomize) {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const layout = cy.elements().not('.filtered').layout({ name: 'fcose', animate: false, randomize: randomize || cy.nodes().length < 3,
      quality: 'default', nodeRepulsion: 9000, idealEdgeLength: 90, nodeDimensionsIncludeLabels: true, fit: true, padding: 30 });
    layout.one('layoutstop', () => resolve(performance.now() - t0));
    layout.run();
  });
}

function applyFilters() {
  const kinds = new Set(state.hiddenKinds), rels = new Set(state.hiddenRels);
  cy.batch(() => {
    cy.nodes().forEach((n) => (kinds.has(n.data('kind')) ? n.addClass('filtered') : n.removeClass('filtered')));
    cy.edges().forEach((e) => (rels.has(e.data('type')) || e.source().hasClass('filtered') || e.target().hasClass('filtered')
      ? e.addClass('filtered') : e.removeClass('filtered')));
  });
}

function afterRender(paths, missing) {
  const shown = cy.nodes().not('.filtered'), shownEdges = cy.edges().not('.filtered');
  let text = `${shown.length} nodes, ${shownEdges.length} relationships shown`;
  const hidden = cy.elements('.filtered').length;
  if (hidden) text += ` (${hidden} hidden by the filters)`;
  if (state.asOf) text += `, as of ${state.asOf}`;
  if (truncatedRoots.size) text += '; not every neighbour is shown: choose a node and “More neighbours”';
  if (state.paths.length) {
    const found = paths.flat();
    text += found.length ? `; ${found.length} paths, shortest ${Math.min(...found.map((p) => p.length))} relationships`
      : `; no path of at most ${state.paths[0].hops} relationships`;
  }
  if (missing.length) report(`No entity with id ${missing.join(', ')} in the graph. ${text}`);
  else say(text);
  $('legend').innerHTML = legendHtml(new Set(cy.nodes().map((n) => n.data('kind'))));
  updateFilterControls();
  updateLists();
  updatePermalink();
  if (state.selected) showDetails(state.selected);
}

function updatePermalink() {
  const hash = encodeState(state);
  const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
  window.history.replaceState(null, '', url);
  $('permalink').href = url;
}

// ---- filters ----
function filterOptions(fieldsetId, values, hidden, onToggle) {
  const fs = $(fieldsetId);
  const wanted = [...new Set([...values, ...hidden])].sort();
  const current = [...fs.querySelectorAll('input')].map((i) => i.value);
  if (current.join() !== wanted.join()) {
    fs.querySelectorAll('label').forEach((l) => l.remove());
    wanted.forEach((v) => {
      const label = document.createElement('label');
      label.innerHTML = `<input type="checkbox" value="${esc(v)}"> ${esc(v)}`;
      label.querySelector('input').addEventListener('change', (ev) => onToggle(v, ev.target.checked));
      fs.appendChild(label);
    });
  }
  fs.querySelectorAll('input').forEach((i) => { i.checked = !hidden.includes(i.value); });
}

function updateFilterControls() {
  const toggle = (key) => (value, show) => change((s) => {
    s[key] = show ? s[key].filter((x) => x !== value) : [...s[key], value];
  });
  filterOptions('kind-filter', cy.nodes().map((n) => n.data('kind')), state.hiddenKinds, toggle('hiddenKinds'));
  filterOptions('rel-filter', cy.edges().map((e) => e.data('type')), state.hiddenRels, toggle('hiddenRels'));
}

// ---- lists of what is in view (the keyboard's way into the graph) ----
function updateLists() {
  const nodeList = $('node-list'), edgeList = $('edge-list');
  nodeList.innerHTML = cy.nodes().not('.filtered').sort((a, b) => a.data('name').localeCompare(b.data('name')))
    .map((n) => `<li><button type="button" data-select="${esc(n.id())}">${esc(n.data('name'))}</button>
      <span class="note">${esc(n.data('kind'))}</span></li>`).join('');
  edgeList.innerHTML = cy.edges().not('.filtered').map((e) => `<li class="${e.data('disputed') ? 'disputed' : ''}">
      <button type="button" data-select="${esc(e.id())}">${esc(e.source().data('name'))} ${esc(e.data('type'))}
      ${esc(e.target().data('name'))}</button>${e.data('disputed') ? ' <span class="badge disputed">disputed</span>' : ''}</li>`).join('');
}

document.getElementById('in-view').addEventListener('click', (ev) => {
  const button = ev.target.closest('button[data-select]');
  if (button) select(button.dataset.select);
});

// ---- details ----
function select(id) {
  state.selected = id;
  cy.elements().unselect();
  cy.getElementById(id).select();
  updatePermalink();
  $('panel').scrollTop = 0;
  showDetails(id);
}

async function showDetails(id) {
  const el = cy.getElementById(id);
  const panel = $('details');
  if (el.empty()) {
    panel.innerHTML = '<p class="note">Choose a node or a relationship.</p>';
    return;
  }
  if (el.isEdge()) {
    const data = { type: el.data('type'), props: el.data('props'), provenance: el.data('provenance') };
    const draw = (c) => { panel.innerHTML = edgeHtml(data, el.source().data('name'), el.target().data('name'), c); };
    if (!data.provenance.disputed) return draw([]);
    draw(null);
    try {
      const c = await allConflicts();
      if (state.selected === id) draw(c);
    } catch (e) { report(e); }
    return;
  }
  const node = { id, kind: el.data('kind'), name: el.data('name'), props: el.data('props') };
  const root = state.roots.find((r) => r.id === id);
  const rootInfo = root ? { ...root, truncated: truncatedRoots.has(id) } : null;
  panel.innerHTML = nodeHtml(node, null, null, rootInfo);
  try {
    const [data, c] = await Promise.all([gql(NODE_CLAIMS, { id }), allConflicts()]);
    if (state.selected !== id) return;
    panel.innerHTML = nodeHtml(node, data.node?.claims || [], c, rootInfo);
  } catch (e) { report(e); }
}

$('details').addEventListener('click', (ev) => {
  const button = ev.target.closest('button[data-action]');
  if (!button || !state.selected) return;
  const id = state.selected;
  const limit = Number($('expand-limit').value);
  const name = cy.getElementById(id).data('name');
  switch (button.dataset.action) {
    case 'expand': expand(id); break;
    case 'more': change((s) => { const r = s.roots.find((x) => x.id === id); r.limit = Math.min(500, r.limit + limit); }); break;
    case 'collapse': change((s) => { s.roots.find((x) => x.id === id).expanded = false; }); break;
    case 'remove': change((s) => { s.roots = s.roots.filter((x) => x.id !== id); s.selected = null; }); break;
    case 'path-from': choose(pathFrom, id, name); $('path-to').focus(); break;
    case 'path-to': choose(pathTo, id, name); $('path-find').focus(); break;
    default:
  }
});

function expand(id) {
  const limit = Number($('expand-limit').value);
  return change((s) => {
    const r = s.roots.find((x) => x.id === id);
    if (r) r.expanded = true; else s.roots.push({ id, limit, depth: 1, expanded: true });
    s.selected = id;
  });
}

/** Opens an entity as its neighbourhood, replacing the view (Undo brings the previous one back). */
function open(id, { depth = 1, limit = Number($('expand-limit').value) } = {}) {
  showTab('graph', false);
  return change((s) => { s.roots = [{ id, limit, depth, expanded: true }]; s.paths = []; s.selected = id; s.tab = 'graph'; });
}

cy.on('tap', 'node, edge', (ev) => select(ev.target.id()));
cy.on('dbltap', 'node', (ev) => expand(ev.target.id()));

// ---- search with type-ahead ----
function typeahead(input, list, onChoose) {
  let timer = null, hits = [], active = -1, seq = 0;
  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const paint = () => {
    list.innerHTML = hits.map((h, i) => `<li role="option" id="${list.id}-${i}" aria-selected="${i === active}" data-index="${i}">
      ${esc(h.name || h.id)}<span class="kind">${esc(h.kind)}</span></li>`).join('')
      || '<li role="option" aria-disabled="true">no match</li>';
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
  };
  const pick = (i) => { const h = hits[i]; if (!h) return; close(); onChoose(h); };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    delete input.dataset.id;
    if (text.length < 2) { close(); return; }
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const d = await gql(SEARCH, { text, limit: 8 });
        if (mine !== seq) return;
        hits = d.search; active = -1; paint();
      } catch (e) { report(e); }
    }, 200);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && hits.length) { active = (active + 1) % hits.length; paint(); ev.preventDefault(); }
    else if (ev.key === 'ArrowUp' && hits.length) { active = (active - 1 + hits.length) % hits.length; paint(); ev.preventDefault(); }
    else if (ev.key === 'Enter' && !list.hidden && hits.length) { pick(Math.max(active, 0)); ev.preventDefault(); }
    else if (ev.key === 'Escape') close();
  });
  list.addEventListener('mousedown', (ev) => { const li = ev.target.closest('li[data-index]'); if (li) { ev.preventDefault(); pick(Number(li.dataset.index)); } });
  input.addEventListener('blur', () => setTimeout(close, 150));
}

typeahead($('search-input'), $('search-results'), (hit) => { $('search-input').value = hit.name || hit.id; open(hit.id); });

// ---- paths ----
const pathFrom = $('path-from'), pathTo = $('path-to');
function choose(input, id, name) { input.value = name || id; input.dataset.id = id; }
typeahead(pathFrom, $('path-from-results'), (h) => choose(pathFrom, h.id, h.name));
typeahead(pathTo, $('path-to-results'), (h) => choose(pathTo, h.id, h.name));
$('path-find').addEventListener('click', () => {
  const from = pathFrom.dataset.id, to = pathTo.dataset.id;
  if (!from || !to) { report('Choose both ends from the search results first.'); return; }
  const hops = Number($('path-hops').value);
  change((s) => {
    s.paths = [{ from, to, hops }];
    [from, to].forEach((id) => { if (!s.roots.some((r) => r.id === id)) s.roots.push({ id, limit: 1, depth: 1, expanded: false }); });
  });
});

// ---- as-of date: a slider over the days from 2000-01-01 to today, and a date field ----
const DAY = 86400000, EPOCH = Date.UTC(2000, 0, 1);
const slider = $('asof-slider'), dateField = $('asof-date'), asOfEnabled = $('asof-enabled');
slider.max = String(Math.floor((Date.now() - EPOCH) / DAY));
const dayToIso = (d) => new Date(EPOCH + d * DAY).toISOString().slice(0, 10);
const isoToDay = (iso) => Math.round((Date.parse(`${iso}T00:00:00Z`) - EPOCH) / DAY);
function syncAsOfControls() {
  asOfEnabled.checked = !!state.asOf;
  slider.disabled = dateField.disabled = !state.asOf;
  const iso = state.asOf || new Date().toISOString().slice(0, 10);
  dateField.value = iso;
  slider.value = String(isoToDay(iso));
  slider.setAttribute('aria-valuetext', iso);
}
asOfEnabled.addEventListener('change', () => change((s) => { s.asOf = asOfEnabled.checked ? dateField.value : null; }).then(syncAsOfControls));
slider.addEventListener('input', () => { dateField.value = dayToIso(Number(slider.value)); slider.setAttribute('aria-valuetext', dateField.value); });
slider.addEventListener('change', () => change((s) => { s.asOf = dayToIso(Number(slider.value)); }));
dateField.addEventListener('change', () => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dateField.value)) return;
  slider.value = String(isoToDay(dateField.value));
  change((s) => { s.asOf = dateField.value; });
});

// ---- buttons ----
$('undo').addEventListener('click', undo);
$('clear').addEventListener('click', () => clear());
$('relayout').addEventListener('click', () => runLayout(true));
$('permalink').addEventListener('click', (ev) => { ev.preventDefault(); navigator.clipboard?.writeText(location.href).catch(() => {}); say('Permalink: the address bar holds this view'); });

const EXPORTS = {
  png: () => exporter.download('battery-graph.png', cy.png({ full: true, output: 'blob', bg: '#ffffff', scale: 2 })),
  graphml: () => exporter.download('battery-graph.graphml', exporter.graphml(cy), 'application/graphml+xml'),
  'nodes-csv': () => exporter.download('battery-graph-nodes.csv', exporter.nodesCsv(cy), 'text/csv'),
  'edges-csv': () => exporter.download('battery-graph-edges.csv', exporter.edgesCsv(cy), 'text/csv'),
  cyjs: () => exporter.download('battery-graph.cyjs.json', exporter.cytoscapeJson(cy), 'application/json'),
  csl: () => exporter.download('battery-graph-sources.csl.json', exporter.cslJson(cy), 'application/vnd.citationstyles.csl+json'),
  bibtex: () => exporter.download('battery-graph-sources.bib', exporter.bibtex(cy), 'application/x-bibtex'),
};
$('exports').addEventListener('click', (ev) => {
  const b = ev.target.closest('button[data-export]');
  if (b) { EXPORTS[b.dataset.export](); say(`Exported ${b.textContent} of ${cy.nodes().not('.filtered').length} nodes`); }
});

// ---- tabs ----
function showTab(tab, record = true) {
  document.querySelectorAll('[role=tab]').forEach((t) => t.setAttribute('aria-selected', String(t.dataset.tab === tab)));
  document.querySelectorAll('[role=tabpanel]').forEach((p) => { p.hidden = p.id !== `view-${tab}`; });
  state.tab = tab;
  if (record) updatePermalink();
  if (tab === 'map') showMap((id) => open(id)).catch(report);
  if (tab === 'charts') showCharts(report).catch(report);
  if (tab === 'graph') { cy.resize(); }
}
document.querySelectorAll('[role=tab]').forEach((t) => t.addEventListener('click', () => showTab(t.dataset.tab)));

// ---- start: the permalink's view, or an empty page ----
function restore() {
  state = decodeState(location.hash);
  history.length = 0;
  $('undo').disabled = true;
  syncAsOfControls();
  showTab(state.tab, false);
  return render();
}
window.addEventListener('hashchange', () => { if (location.hash.replace(/^#/, '') !== encodeState(state)) restore(); });

// For the browser tests and the console: the Cytoscape instance, the draw timings and the entry points.
const clear = () => change((s) => { s.roots = []; s.paths = []; s.selected = null; });
window.explorer = { cy, cache, timings, open, expand, select, clear, get state() { return state; }, ready: restore() };
