// A record's node to a curated node it may be, below the resolution threshold: linked, never merged.
UNWIND $links AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[p:POSSIBLY_SAME_AS]->(b)
SET p.score = row.score, p.method = row.method, p.sources = [$sourceId];
