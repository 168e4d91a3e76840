// The map tab: facilities (mines marked apart) on offline outlines: us-atlas states, world-atlas countries, drawn
// with d3-geo into SVG. A facility with a location (the open datasets' coordinates) is drawn there; one without is
// placed at the centre of its state's outline (or its country's), and the legend says so.
import { gql, MAP_FACILITIES } from './api.js';
import { esc } from './details.js';

const SVG = 'http://www.w3.org/2000/svg';
// Names the graph and world-atlas's Natural Earth outlines spell differently.
const OUTLINE_NAMES = { 'United States': 'United States of America', 'Democratic Republic of the Congo': 'Dem. Rep. Congo' };

let drawn = false;

async function fetchJson(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.json();
}

async function allFacilities() {
  const out = [];
  let after = null;
  do {
    const page = (await gql(MAP_FACILITIES, { after })).facilities;
    out.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return out;
}

function el(name, attrs = {}, parent) {
  const e = document.createElementNS(SVG, name);
  Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
  if (parent) parent.appendChild(e);
  return e;
}

// Several facilities at one centre are spread on a small circle around it (a display offset, not a location).
function spread(point, index, count) {
  if (count <= 1) return point;
  const angle = (2 * Math.PI * index) / count;
  const r = 7 + count;
  return [point[0] + r * Math.cos(angle), point[1] + r * Math.sin(angle)];
}

function drawMap(container, title, features, projection, placed, onOpen) {
  const width = 960, height = title.startsWith('United') ? 560 : 480;
  const h = document.createElement('h3');
  h.textContent = title;
  container.appendChild(h);
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${title}: outlines and facilities` });
  container.appendChild(svg);
  projection.fitSize([width, height], { type: 'FeatureCollection', features });
  const path = d3.geoPath(projection);
  const used = new Set(placed.map((p) => p.feature));
  const g = el('g', { class: 'outlines' }, svg);
  features.forEach((f) => {
    const p = el('path', { d: path(f) || '', class: `outline${used.has(f) ? ' has-facility' : ''}`,
      'data-name': f.properties.name }, g);
    el('title', {}, p).textContent = f.properties.name;
  });
  const byFeature = new Map();
  placed.forEach((p) => {
    const key = p.coordinates ? `${p.coordinates}` : p.feature.properties.name;
    if (!byFeature.has(key)) byFeature.set(key, []);
    byFeature.get(key).push(p);
  });
  const marks = el('g', { class: 'marks' }, svg);
  byFeature.forEach((group) => group.forEach((p, i) => {
    const base = p.coordinates ? projection(p.coordinates) : path.centroid(p.feature);
    if (!base || Number.isNaN(base[0])) return;
    const [x, y] = spread(base, i, group.length);
    const mine = p.facility.type === 'Mine';
    const mark = mine
      ? el('path', { d: `M${x},${y - 6}L${x + 6},${y + 5}L${x - 6},${y + 5}Z` }, marks)
      : el('circle', { cx: x, cy: y, r: 5 }, marks);
    mark.setAttribute('class', `facility-mark${mine ? ' mine' : ''}`);
    mark.setAttribute('tabindex', '0');
    mark.setAttribute('role', 'button');
    mark.setAttribute('data-id', p.facility.id);
    const where = p.coordinates ? 'at its coordinates' : `placed at the centre of ${p.feature.properties.name}`;
    mark.setAttribute('aria-label', `${p.facility.name} (${p.facility.type || 'facility'}, ${p.facility.status || 'status unknown'}), ${where}`);
    el('title', {}, mark).textContent = `${p.facility.name} (${p.facility.type || ''}, ${p.facility.status || ''}): ${where}`;
    mark.addEventListener('click', () => onOpen(p.facility.id));
    mark.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); onOpen(p.facility.id); } });
  }));
}

export async function showMap(onOpen) {
  if (drawn) return;
  drawn = true;
  const container = document.getElementById('map');
  const [facilities, usTopo, worldTopo] = await Promise.all([allFacilities(),
    fetchJson('vendor/us-atlas/states-10m.json'), fetchJson('vendor/world-atlas/countries-110m.json')]);
  const states = topojson.feature(usTopo, usTopo.objects.states).features;
  const countries = topojson.feature(worldTopo, worldTopo.objects.countries).features;
  const stateByName = new Map(states.map((f) => [f.properties.name, f]));
  const countryByName = new Map(countries.map((f) => [f.properties.name, f]));
  const us = [], world = [], unplaced = [];
  let atCentre = 0, atCoordinates = 0;
  for (const f of facilities) {
    const coordinates = f.location ? [f.location.longitude, f.location.latitude] : null;
    const isUs = f.country?.iso2 === 'US';
    const state = f.state && stateByName.get(f.state.name);
    const country = f.country && countryByName.get(OUTLINE_NAMES[f.country.name] || f.country.name);
    if (coordinates) {
      atCoordinates++;
      (isUs ? us : world).push({ facility: f, feature: state || country, coordinates });
    } else if (isUs && state) {
      atCentre++;
      us.push({ facility: f, feature: state });
    } else if (country) {
      atCentre++;
      world.push({ facility: f, feature: country });
    } else unplaced.push(f);
  }
  drawMap(container, 'United States (states)', states,
    d3.geoAlbersUsa(), us, onOpen);
  drawMap(container, 'World (countries)', countries, d3.geoNaturalEarth1(), world, onOpen);
  const noCoordinates = atCoordinates === 0;
  document.getElementById('map-note').textContent = noCoordinates
    ? 'Placed at state centre: no coordinates yet. The graph has no facility coordinates, so each facility is drawn at the centre of its US state, or of its country when no state is known; several at one centre are spread around it.'
    : `${atCoordinates} facilities at their coordinates, ${atCentre} placed at their state's (or country's) centre: no coordinates yet.`;
  const legend = document.getElementById('map-legend');
  legend.innerHTML = `<p><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" class="facility-mark"/></svg> facility
    <svg width="14" height="12" aria-hidden="true"><path d="M7,0L13,11L1,11Z" class="facility-mark mine"/></svg> mine (deposit)
    · ${us.length} in US states, ${world.length} on the world map (placed at state centre: no coordinates yet, unless stated)</p>
    ${unplaced.length ? `<p>Not on the map (no state or country outline): ${unplaced.map((f) => esc(f.name)).join(', ')}</p>` : ''}
    <p class="note">Outlines: us-atlas 3.0.1 (US Census Bureau) and world-atlas 2.0.2 (Natural Earth), vendored.</p>`;
}
