// Colours and shapes by kind (the NodeLabel enum of the schema); the legend is drawn from this table.
export const KINDS = {
  Organization: { color: '#1f77b4', shape: 'round-rectangle' },
  Facility: { color: '#d62728', shape: 'diamond' },
  Material: { color: '#2ca02c', shape: 'hexagon' },
  Consortium: { color: '#9467bd', shape: 'ellipse' },
  Country: { color: '#8c564b', shape: 'rectangle' },
  Subdivision: { color: '#c49c94', shape: 'rectangle' },
  Event: { color: '#ff7f0e', shape: 'star' },
  Policy: { color: '#17becf', shape: 'pentagon' },
  FundingAward: { color: '#bcbd22', shape: 'triangle' },
  Source: { color: '#7f7f7f', shape: 'tag' },
  Claim: { color: '#e377c2', shape: 'vee' },
  ProductionStat: { color: '#999999', shape: 'barrel' },
};

export const RELATIONSHIP_TYPES = ['ABOUT', 'AWARDED_TO', 'BASED_IN', 'CONFLICTS_WITH', 'CONSUMES', 'ENACTED_BY',
  'FOR_COUNTRY', 'FOR_FACILITY', 'GRANTED_BY', 'HEADQUARTERED_IN', 'INPUT_TO', 'INVOLVES', 'LAUNCHED_BY', 'LOCATED_IN',
  'MEMBER_OF', 'OFFTAKES', 'OF_MATERIAL', 'OPERATES', 'OWNS', 'PART_OF', 'PRODUCES', 'STATED_IN', 'UNDER'];

export function cytoscapeStyle() {
  const byKind = Object.entries(KINDS).map(([kind, k]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': k.color, shape: k.shape },
  }));
  return [
    { selector: 'node', style: {
      label: 'data(short)', 'font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 3, width: 22, height: 22,
      'text-wrap': 'wrap', 'text-max-width': 90, 'border-width': 1, 'border-color': '#fff' } },
    ...byKind,
    { selector: 'node.root', style: { 'border-width': 3, 'border-color': '#12355b', width: 30, height: 30 } },
    { selector: 'node.collapsed', style: { 'border-style': 'dashed' } },
    { selector: 'edge', style: {
      width: 1.5, 'line-color': '#9aa5b1', 'target-arrow-color': '#9aa5b1', 'target-arrow-shape': 'triangle',
      'curve-style': 'bezier', label: 'data(type)', 'font-size': 7, color: '#555', 'text-rotation': 'autorotate',
      'text-background-color': '#fafafa', 'text-background-opacity': 0.8 } },
    { selector: 'edge[?disputed]', style: {
      'line-color': '#d00', 'target-arrow-color': '#d00', 'line-style': 'dashed', width: 3, color: '#b00020' } },
    { selector: 'edge.path', style: { width: 4, 'line-color': '#f5a623', 'target-arrow-color': '#f5a623' } },
    { selector: ':selected', style: { 'overlay-color': '#f5a623', 'overlay-opacity': 0.3, 'overlay-padding': 4 } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}

export function legendHtml(kindsInView) {
  const items = Object.entries(KINDS).filter(([kind]) => kindsInView.has(kind)).map(([kind, k]) =>
    `<span class="item"><span class="sw" style="background:${k.color}"></span>${kind} (${k.shape})</span>`);
  items.push('<span class="item"><span class="disputed-swatch"></span> disputed: a claim behind it is contradicted</span>');
  items.push('<span class="item">thick border: opened or expanded; dashed border: collapsed</span>');
  return items.join(' ');
}
