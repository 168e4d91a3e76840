// Client-side exports of what the graph view shows (hidden kinds and relationships are left out).

function xml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }[c]));
}

function csvCell(value) {
  const s = String(value ?? '');
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function visible(cy) {
  return { nodes: cy.nodes().not('.filtered'), edges: cy.edges().not('.filtered') };
}

function edgeSources(edge) {
  return [...new Set(edge.data('provenance').claims.map((c) => c.source?.id).filter(Boolean))];
}

export function graphml(cy) {
  const { nodes, edges } = visible(cy);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="disputed" for="edge" attr.name="disputed" attr.type="boolean"/>',
    '  <key id="sources" for="edge" attr.name="sources" attr.type="string"/>',
    '  <key id="quotes" for="edge" attr.name="quotes" attr.type="string"/>',
    '  <graph id="view" edgedefault="directed">'];
  nodes.forEach((n) => lines.push(`    <node id="${xml(n.id())}"><data key="kind">${xml(n.data('kind'))}</data>`
    + `<data key="name">${xml(n.data('name'))}</data></node>`));
  edges.forEach((e) => lines.push(`    <edge id="${xml(e.id())}" source="${xml(e.data('source'))}" target="${xml(e.data('target'))}">`
    + `<data key="type">${xml(e.data('type'))}</data><data key="disputed">${e.data('disputed') ? 'true' : 'false'}</data>`
    + `<data key="sources">${xml(edgeSources(e).join(' '))}</data>`
    + `<data key="quotes">${xml(e.data('provenance').claims.map((c) => c.quote).filter(Boolean).join(' | '))}</data></edge>`));
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export function nodesCsv(cy) {
  const rows = [['id', 'kind', 'name', 'properties']];
  visible(cy).nodes.forEach((n) => rows.push([n.id(), n.data('kind'), n.data('name'),
    n.data('props').map((p) => `${p.key}=${p.value}`).join('; ')]));
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function edgesCsv(cy) {
  const rows = [['id', 'source', 'target', 'type', 'disputed', 'sources', 'quotes']];
  visible(cy).edges.forEach((e) => rows.push([e.id(), e.data('source'), e.data('target'), e.data('type'),
    e.data('disputed'), edgeSources(e).join(' '),
    e.data('provenance').claims.map((c) => c.quote).filter(Boolean).join(' | ')]));
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function cytoscapeJson(cy) {
  const { nodes, edges } = visible(cy);
  return JSON.stringify({ elements: { nodes: nodes.jsons(), edges: edges.jsons() } }, null, 1);
}

/** The sources of the claims behind the relationships in view, once each. */
export function sources(cy) {
  const byId = new Map();
  visible(cy).edges.forEach((e) => e.data('provenance').claims.forEach((c) => {
    if (c.source && !byId.has(c.source.id)) byId.set(c.source.id, c.source);
  }));
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

const CSL_TYPES = { News: 'article-newspaper', Government: 'report', Dataset: 'dataset' };

function dateParts(iso) {
  return iso ? iso.split('-').map(Number) : null;
}

export function cslJson(cy) {
  return JSON.stringify(sources(cy).map((s) => {
    const item = { id: s.id, type: CSL_TYPES[s.kind] || 'document', title: s.title || s.name };
    if (s.url) item.URL = s.url;
    if (s.publisher) item.publisher = s.publisher;
    if (s.published) item.issued = { 'date-parts': [dateParts(s.published)] };
    return item;
  }), null, 2);
}

function bib(value) {
  return String(value ?? '').replace(/[{}\\]/g, '').replace(/([&%$#_])/g, '\\$1');
}

export function bibtex(cy) {
  return sources(cy).map((s) => {
    const fields = [`  title = {${bib(s.title || s.name)}}`];
    if (s.publisher) fields.push(`  publisher = {${bib(s.publisher)}}`);
    if (s.published) fields.push(`  year = {${s.published.slice(0, 4)}}`, `  date = {${s.published}}`);
    if (s.url) fields.push(`  url = {${s.url.replace(/[{}\s]/g, '')}}`);
    fields.push(`  note = {${bib(s.kind || 'source')}, ${bib(s.id)}}`);
    const key = s.id.replace(/[^A-Za-z0-9_-]/g, '_');
    return `@misc{${key},\n${fields.join(',\n')}\n}\n`;
  }).join('\n');
}

export function download(filename, content, type) {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}
