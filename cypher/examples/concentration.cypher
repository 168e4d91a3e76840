// Concentration of cobalt mining (USGS MCS 2026, data year 2025): shares of the world total and the HHI.
MATCH (m:Material {id: 'material:cobalt'})<-[:OF_MATERIAL]-(world:ProductionStat {metric: 'MineProduction', edition: 'MCS 2026', year: 2025, scope: 'World'})
MATCH (m)<-[:OF_MATERIAL]-(p:ProductionStat {metric: 'MineProduction', edition: 'MCS 2026', year: 2025})-[:FOR_COUNTRY]->(c:Country)
WITH world, c, p.value / world.value AS share ORDER BY share DESC
WITH world, collect({country: c.name, share: round(share, 4)}) AS shares
RETURN world.value AS worldTotal, world.unit AS unit, shares[0].share AS topShare,
       round(reduce(h = 0.0, s IN shares | h + (100 * s.share) ^ 2), 1) AS hhi, shares;
