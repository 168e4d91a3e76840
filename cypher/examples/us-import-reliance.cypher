// Which minerals the US imports most of, and which countries mine the most of each (latest MCS edition).
MATCH (r:ProductionStat {metric: 'NetImportReliance', edition: 'MCS 2026'})-[:OF_MATERIAL]->(m:Material)
MATCH (p:ProductionStat {metric: 'MineProduction', edition: 'MCS 2026', year: 2025})-[:OF_MATERIAL]->(m)
MATCH (p)-[:FOR_COUNTRY]->(c:Country)
WITH m, r, c, p ORDER BY p.value DESC
RETURN m.name AS mineral, r.value AS usImportReliancePercent, collect(c.name + ' ' + toString(p.value) + ' ' + p.unit)[0..3] AS topProducers
ORDER BY usImportReliancePercent DESC;
