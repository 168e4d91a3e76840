// A Record claim CITES the web page its row names, besides being STATED_IN the dataset.
UNWIND $cites AS row
MATCH (c:Claim {id: row.claim})
MATCH (s:Source {id: row.source})
MERGE (c)-[r:CITES]->(s)
SET r.sources = [$sourceId];
