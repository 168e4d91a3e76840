// Relationships of the rows (OPERATES, LOCATED_IN), each with its Record claim; a relationship the graph already
// holds gains the dataset in its sources and the claim in its claims.
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MATCH (s:Source {id: $sourceId})
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'OPERATES'
  MERGE (a)-[r:OPERATES]->(b) RETURN r
  UNION
  WITH row, a, b WHERE row.type = 'LOCATED_IN'
  MERGE (a)-[r:LOCATED_IN]->(b) RETURN r
}
SET r.sources = CASE WHEN $sourceId IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $sourceId END,
    r.claims = CASE WHEN row.claim.id IN coalesce(r.claims, []) THEN r.claims ELSE coalesce(r.claims, []) + row.claim.id END
MERGE (c:Entity {id: row.claim.id})
SET c:Claim, c += row.claim.props
MERGE (c)-[st:STATED_IN]->(s) SET st.sources = [$sourceId]
MERGE (c)-[ab:ABOUT]->(a) SET ab.sources = [$sourceId];
