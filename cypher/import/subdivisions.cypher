// States and provinces a dataset names that the graph does not hold yet, each PART_OF its country.
UNWIND $subdivisions AS row
MATCH (us:Country {id: row.country})
MERGE (d:Entity {id: row.id})
ON CREATE SET d:Subdivision, d.name = row.name, d.code = row.code, d.kind = coalesce(row.kind, 'State'), d.sources = [$sourceId]
MERGE (d)-[p:PART_OF]->(us)
ON CREATE SET p.sources = [$sourceId];
