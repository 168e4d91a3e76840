// Minerals upstream of what Ultium Cells Warren makes, and how concentrated each one's mining is.
MATCH (f:Facility {id: 'facility:ultium-warren'})-[:CONSUMES|PRODUCES]->(:Material)<-[:INPUT_TO*0..6]-(m:Material)
WHERE EXISTS { (m)<-[:OF_MATERIAL]-(:ProductionStat {metric: 'MineProduction', edition: 'MCS 2026'}) }
WITH DISTINCT m
MATCH (m)<-[:OF_MATERIAL]-(world:ProductionStat {metric: 'MineProduction', edition: 'MCS 2026', year: 2025, scope: 'World'})
MATCH (m)<-[:OF_MATERIAL]-(p:ProductionStat {metric: 'MineProduction', edition: 'MCS 2026', year: 2025})-[:FOR_COUNTRY]->(c:Country)
WITH m, c, p.value / world.value AS share ORDER BY share DESC
WITH m, collect(c.iso2 + ' ' + toString(round(100 * share, 1)) + '%') AS shares,
     reduce(h = 0.0, s IN collect(share) | h + (100 * s) ^ 2) AS hhi
RETURN m.name AS mineral, round(hhi) AS hhi, shares
ORDER BY hhi DESC;
