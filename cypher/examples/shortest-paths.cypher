// Shortest paths between the two organizations said to run the Atoka plant, over the knowledge relationships.
MATCH (a:Entity {id: 'org:american-li-ion'}), (b:Entity {id: 'org:green-li-ion'})
MATCH p = allShortestPaths((a)-[*..4]-(b))
WHERE none(r IN relationships(p) WHERE type(r) IN ['ABOUT', 'STATED_IN', 'CONFLICTS_WITH'])
RETURN [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | type(r)] AS relationships, length(p) AS hops;
