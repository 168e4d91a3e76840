// The charts tab: a mineral's production shares by country per year and its HHI over the years (productionStats,
// concentration), a facility's exposure by material (exposure). Each chart has a table with the same numbers.
import { gql, CHART_CHOICES, PRODUCTION_YEARS, concentrationByYears, EXPOSURE } from './api.js';
import { esc } from './details.js';

const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];
const charts = {};
let ready = false;

function chart(id, config) {
  if (charts[id]) charts[id].destroy();
  charts[id] = new Chart(document.getElementById(id), { ...config, options: { animation: false, maintainAspectRatio: false, ...config.options } });
}

function pct(x) {
  return `${(100 * x).toFixed(1)} %`;
}

async function drawShares() {
  const material = document.getElementById('chart-material').value;
  const metric = document.getElementById('chart-metric').value;
  const rows = (await gql(PRODUCTION_YEARS, { material, metric })).productionStats;
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b).slice(-30);
  const table = document.getElementById('table-shares');
  if (!years.length) {
    Object.keys(charts).filter((k) => k !== 'chart-exposure').forEach((k) => { charts[k].destroy(); delete charts[k]; });
    table.innerHTML = '<p class="note">The graph has no such figures for this mineral.</p>';
    return;
  }
  const data = await gql(concentrationByYears(years), { material, metric });
  const series = years.map((y) => data[`y${y}`]).filter(Boolean);
  const countries = [...new Set(series.flatMap((c) => c.shares.map((s) => s.country.name)))];
  chart('chart-shares', {
    type: 'bar',
    data: { labels: series.map((c) => `${c.year} (${c.edition})`),
      datasets: countries.map((name, i) => ({ label: name, backgroundColor: PALETTE[i % PALETTE.length],
        data: series.map((c) => { const s = c.shares.find((x) => x.country.name === name); return s ? 100 * s.share : 0; }) })) },
    options: { scales: { x: { stacked: true }, y: { stacked: true, max: 100, title: { display: true, text: '% of world total' } } },
      plugins: { title: { display: true, text: 'Share of world total by country' } } },
  });
  chart('chart-hhi', {
    type: 'line',
    data: { labels: series.map((c) => String(c.year)),
      datasets: [{ label: 'HHI (0 to 10,000)', data: series.map((c) => c.hhi), borderColor: '#d62728', backgroundColor: '#d62728' }] },
    options: { scales: { y: { min: 0, title: { display: true, text: 'HHI' } } },
      plugins: { title: { display: true, text: 'Herfindahl-Hirschman index over the years' } } },
  });
  table.innerHTML = series.map((c) => `<table><caption>${c.year}, ${esc(c.edition)}: HHI ${c.hhi.toFixed(0)},
      top share ${pct(c.topShare)}, unit ${esc(c.unit)}</caption>
    <thead><tr><th scope="col">Country</th><th scope="col">Value</th><th scope="col">Share</th><th scope="col">Source</th></tr></thead>
    <tbody>${c.shares.map((s) => `<tr><td>${esc(s.country.name)}</td><td class="num">${s.value.toLocaleString('en')}</td>
      <td class="num">${pct(s.share)}</td><td>${esc(s.source?.title || s.source?.id || '')}</td></tr>`).join('')}</tbody></table>`).join('');
}

async function drawExposure() {
  const id = document.getElementById('chart-facility').value;
  const exposure = (await gql(EXPOSURE, { id })).exposure;
  const table = document.getElementById('table-exposure');
  const materials = exposure ? exposure.materials : [];
  const noData = exposure ? exposure.noData : [];
  const missing = noData.length
    ? `<p class="note no-data">No mine production figures in the graph for: ${noData.map((m) => esc(m.name)).join(', ')} (their concentration is unknown, not low).</p>`
    : '';
  if (!materials.length) {
    if (charts['chart-exposure']) { charts['chart-exposure'].destroy(); delete charts['chart-exposure']; }
    table.innerHTML = '<p class="note">No exposure figures: the graph links no mineral with production figures to this facility.</p>' + missing;
    return;
  }
  chart('chart-exposure', {
    type: 'bar',
    data: { labels: materials.map((m) => m.material.name),
      datasets: [{ label: 'HHI of the mining countries', data: materials.map((m) => m.hhi), backgroundColor: '#1f77b4', yAxisID: 'y' },
        { label: 'Top country share (%)', data: materials.map((m) => 100 * m.topShare), backgroundColor: '#ff7f0e', yAxisID: 'y1' }] },
    options: { scales: { y: { min: 0, title: { display: true, text: 'HHI' } },
      y1: { min: 0, max: 100, position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: '%' } } },
      plugins: { title: { display: true, text: `${exposure.name}: exposure by material (mine production)` } } },
  });
  table.innerHTML = `<table><thead><tr><th scope="col">Material</th><th scope="col">Year</th><th scope="col">HHI</th>
    <th scope="col">Top share</th><th scope="col">Countries</th></tr></thead><tbody>${materials.map((m) => `<tr>
    <td>${esc(m.material.name)}</td><td>${m.year}</td><td class="num">${m.hhi.toFixed(0)}</td><td class="num">${pct(m.topShare)}</td>
    <td>${m.shares.map((s) => `${esc(s.country.name)} ${pct(s.share)}`).join(', ')}</td></tr>`).join('')}</tbody></table>${missing}`;
}

export async function showCharts(report) {
  if (ready) return;
  ready = true;
  const choices = await gql(CHART_CHOICES);
  const withStats = new Set(choices.productionStats.map((r) => r.material.id));
  const materialSelect = document.getElementById('chart-material');
  materialSelect.innerHTML = choices.materials.nodes.filter((m) => withStats.has(m.id))
    .map((m) => `<option value="${esc(m.id)}"${m.id === 'material:lithium' ? ' selected' : ''}>${esc(m.name)}</option>`).join('');
  const facilitySelect = document.getElementById('chart-facility');
  facilitySelect.innerHTML = choices.facilities.nodes
    .map((f) => `<option value="${esc(f.id)}"${f.id === 'facility:giga-nevada' ? ' selected' : ''}>${esc(f.name)}</option>`).join('');
  const guard = (fn) => () => fn().catch(report);
  materialSelect.addEventListener('change', guard(drawShares));
  document.getElementById('chart-metric').addEventListener('change', guard(drawShares));
  facilitySelect.addEventListener('change', guard(drawExposure));
  await Promise.all([drawShares(), drawExposure()]);
}
