// Organizations of the rows the graph does not hold yet, created as companies citing the dataset (a matched
// organization is left as it is: its OPERATES relationships cite the dataset).
UNWIND $organizations AS row
MERGE (o:Entity {id: row.id})
ON CREATE SET o:Organization, o.name = row.name, o.orgType = 'Company', o.aliases = row.aliases,
    o.aliasText = reduce(s = '', a IN row.aliases | s + ' ' + a), o.sources = [$sourceId];
