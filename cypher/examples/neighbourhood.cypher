// The neighbourhood of Li-Bridge, one relationship away, as nodes and edges (what the `neighbourhood` field returns).
MATCH (start:Entity {id: 'consortium:li-bridge'})
MATCH p = (start)-[r:MEMBER_OF|BASED_IN|LAUNCHED_BY|INVOLVES]-(other)
RETURN other.id AS node, [l IN labels(other) WHERE l <> 'Entity'][0] AS label, type(r) AS relationship,
       r.role AS role, r.sources AS sources
ORDER BY node;
