// One statistic per row (material, metric, year, country or world or other countries, edition, series), with its
// Record claim: the file, line and column it comes from. A qualified value (withheld, not available, in the world
// total, a bound) has no `value`.
UNWIND $rows AS row
MATCH (m:Material {id: row.material})
MATCH (s:Source {id: $sourceId})
MERGE (p:Entity {id: row.id})
SET p:ProductionStat, p.name = row.name, p.metric = row.metric, p.year = row.year, p.value = row.value,
    p.qualifier = row.qualifier, p.bound = row.bound, p.reported = row.reported, p.series = row.series,
    p.unit = row.unit, p.edition = row.edition, p.basis = row.basis, p.confidence = 'high', p.scope = row.scope,
    p.sources = [$sourceId]
MERGE (p)-[om:OF_MATERIAL]->(m) SET om.sources = [$sourceId]
MERGE (p)-[st:STATED_IN]->(s) SET st.sources = [$sourceId]
MERGE (c:Entity {id: row.claim.id})
SET c:Claim, c += row.claim.props
MERGE (c)-[cs:STATED_IN]->(s) SET cs.sources = [$sourceId]
MERGE (c)-[ab:ABOUT]->(p) SET ab.sources = [$sourceId]
WITH row, p WHERE row.country IS NOT NULL
MATCH (k:Country {id: row.country})
MERGE (p)-[fc:FOR_COUNTRY]->(k) SET fc.sources = [$sourceId];
