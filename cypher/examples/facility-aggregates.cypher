// US facilities by state: count, jobs, investment, and capacity summed per unit.
MATCH (f:Facility)-[:LOCATED_IN]->(s:Subdivision)-[:PART_OF]->(:Country {id: 'country:US'})
WITH s.code AS state, f
WITH state, count(f) AS facilities, sum(coalesce(f.jobs, 0)) AS jobs, sum(coalesce(f.investmentUsd, 0)) AS investmentUsd,
     collect(f) AS fs
RETURN state, facilities, jobs, investmentUsd,
       [u IN reduce(units = [], x IN fs | CASE WHEN x.capacityUnit IS NULL OR x.capacityUnit IN units THEN units ELSE units + x.capacityUnit END)
        | {unit: u, total: reduce(t = 0.0, x IN fs | t + CASE WHEN x.capacityUnit = u THEN x.capacity ELSE 0.0 END)}] AS capacity
ORDER BY facilities DESC, state;
