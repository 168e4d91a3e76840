// Where Thacker Pass lithium carbonate goes: material-flow paths downstream (PRODUCES/INPUT_TO forwards,
// CONSUMES backwards), longest first.
MATCH (start:Facility {id: 'facility:thacker-pass'})
MATCH p = (start)-[:PRODUCES|CONSUMES|INPUT_TO*1..6]-(end)
WHERE all(i IN range(0, length(p) - 1) WHERE
        (type(relationships(p)[i]) = 'CONSUMES') = (endNode(relationships(p)[i]) = nodes(p)[i]))
RETURN [n IN nodes(p) | n.id] AS path, length(p) AS steps
ORDER BY steps DESC, path
LIMIT 10;
