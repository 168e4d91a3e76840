// The details panel: properties, the claims behind a node or a relationship, and conflicts side by side.

export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function safeUrl(url) {
  return /^https?:\/\//i.test(url || '') ? url : null;
}

export function sourceHtml(source) {
  if (!source) return '<span class="note">no source</span>';
  const title = esc(source.title || source.name || source.id);
  const url = safeUrl(source.url);
  const link = url ? `<a href="${esc(url)}" target="_blank" rel="noopener">${title}</a>` : title;
  const extra = [source.publisher, source.published].filter(Boolean).map(esc).join(', ');
  return `${link}${extra ? ` (${extra})` : ''} <span class="note">${esc(source.id)}${url ? '' : ', no link'}</span>`;
}

// What the evidence is, labelled so that a summary never reads as the source's words.
function evidenceHtml(claim) {
  if (claim.evidenceKind === 'Quote' && claim.quote) {
    return `<p class="evidence-kind">The source's words:</p><blockquote class="quote">“${esc(claim.quote)}”</blockquote>`;
  }
  if (claim.evidenceKind === 'Paraphrase' && claim.paraphrase) {
    return `<p class="evidence-kind">Paraphrase by ${esc(claim.paraphrasedBy || 'an editor')}, not the source's words:</p>
      <p class="paraphrase">${esc(claim.paraphrase)}</p>`;
  }
  if (claim.evidenceKind === 'Record' && claim.record) {
    const release = claim.record.release ? `, release ${esc(claim.record.release)}` : '';
    return `<p class="evidence-kind">Dataset row:</p>
      <p class="record">${esc(claim.record.dataset)}${release}, row ${esc(claim.record.key)}</p>`;
  }
  return '<p class="note">no words recorded</p>';
}

// A date with what is known of it: the day, or only the month or the year; stated by the source or estimated.
export function datedHtml(date, precision, basis) {
  if (!date) return 'on an unknown date';
  const shown = precision === 'Year' ? `in ${date.slice(0, 4)}` : precision === 'Month' ? `in ${date.slice(0, 7)}` : `on ${date}`;
  const known = precision === 'Year' ? 'year only' : precision === 'Month' ? 'month only' : '';
  const estimated = basis === 'Estimated' ? 'estimated by the editors' : '';
  const notes = [known, estimated].filter(Boolean).join(', ');
  return `${esc(shown)}${notes ? ` <span class="note">(${esc(notes)})</span>` : ''}`;
}

export function claimHtml(claim) {
  const what = claim.property
    ? `${esc(claim.property)} = ${esc(claim.value)}`
    : `${esc(claim.subject?.name || claim.subject?.id)} ${esc(claim.predicate)} ${esc(claim.object?.name || claim.object?.id || '')}`;
  const valid = claim.validFrom || claim.validTo ? `, valid ${esc(claim.validFrom || '…')} to ${esc(claim.validTo || '…')}` : '';
  const superseded = claim.supersededBy ? `, replaced by ${esc(claim.supersededBy)}` : '';
  return `<div class="claim${claim.disputed ? ' disputed' : ''}" data-claim="${esc(claim.id)}" data-evidence="${esc(claim.evidenceKind)}">
    <div>${what} ${claim.disputed ? '<span class="badge disputed">disputed</span>' : ''}</div>
    ${evidenceHtml(claim)}
    <div class="meta">Source: ${sourceHtml(claim.source)}</div>
    <div class="meta">Stated ${datedHtml(claim.assertedOn, claim.assertedPrecision, claim.assertedBasis)}${valid}; confidence ${esc(claim.confidence || 'unknown')};
      status ${esc(claim.status || 'unknown')}${superseded}</div>
  </div>`;
}

export function conflictsHtml(claims, conflicts) {
  const ids = new Set(claims.map((c) => c.id));
  const relevant = conflicts.filter((c) => ids.has(c.claim.id) || ids.has(c.counterClaim.id));
  if (!relevant.length) return '';
  return '<h3>Conflicts</h3>' + relevant.map((c) => `<div class="conflict" aria-label="Conflict">
      <div class="side"><strong>Claim</strong>${claimHtml(c.claim)}</div>
      <div class="side"><strong>Contradicted by</strong>${claimHtml(c.counterClaim)}</div>
      <p class="reason"><strong>Why:</strong> ${esc(c.reason || 'no reason recorded')}</p>
    </div>`).join('');
}

function propertiesHtml(pairs) {
  if (!pairs.length) return '';
  return `<dl>${pairs.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
}

export function nodeHtml(node, claims, conflicts, root) {
  const props = [['id', node.id], ['kind', node.kind], ...node.props.map((p) => [p.key, p.value])];
  const actions = [];
  if (!root || !root.expanded) actions.push('<button type="button" data-action="expand">Expand</button>');
  else {
    if (root.truncated) actions.push(`<button type="button" data-action="more">More neighbours (shown: at most ${root.limit})</button>`);
    actions.push('<button type="button" data-action="collapse">Collapse</button>');
  }
  actions.push('<button type="button" data-action="remove">Remove from view</button>');
  actions.push('<button type="button" data-action="path-from">Paths from here</button>');
  actions.push('<button type="button" data-action="path-to">Paths to here</button>');
  const claimsPart = claims === null
    ? '<p class="note">Loading claims…</p>'
    : `<h3>Claims (${claims.length})</h3>${claims.map(claimHtml).join('') || '<p class="note">none</p>'}`;
  return `<h2>${esc(node.name || node.id)}</h2>
    <div class="buttons">${actions.join('')}</div>
    ${root && root.truncated ? `<p class="note">Not every neighbour is shown (at most ${root.limit}).</p>` : ''}
    ${propertiesHtml(props)}
    ${claimsPart}
    ${claims ? conflictsHtml(claims, conflicts || []) : ''}`;
}

export function edgeHtml(edge, sourceName, targetName, conflicts) {
  const p = edge.provenance;
  const props = [['type', edge.type], ['from', sourceName], ['to', targetName],
    ...edge.props.map((x) => [x.key, x.value])];
  if (p.validFrom || p.validTo) props.push(['valid', `${p.validFrom || '…'} to ${p.validTo || '…'}`]);
  props.push(['sources', p.sourceIds.join(', ') || 'none']);
  return `<h2>${esc(sourceName)} ${esc(edge.type)} ${esc(targetName)}
      ${p.disputed ? '<span class="badge disputed">disputed</span>' : ''}</h2>
    ${propertiesHtml(props)}
    <h3>Claims behind it (${p.claims.length})</h3>
    ${p.claims.map(claimHtml).join('') || '<p class="note">none</p>'}
    ${conflicts === null ? '<p class="note">Loading conflicts…</p>' : conflictsHtml(p.claims, conflicts)}`;
}
