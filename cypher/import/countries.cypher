// Countries a dataset names that the graph does not hold yet; an existing country is left as it is.
UNWIND $countries AS row
MERGE (c:Entity {id: row.id})
ON CREATE SET c:Country, c.name = row.name, c.iso2 = row.iso2, c.iso3 = row.iso3, c.sources = [$sourceId];
