// Full-text search over names and aliases, typo-tolerant (what the `search` field sends for "lithum americ").
CALL db.index.fulltext.queryNodes('entity_names', '(lithum^3 OR lithum* OR lithum~1) OR (americ^3 OR americ* OR americ~1)', {limit: 10})
YIELD node, score
RETURN node.id AS id, [l IN labels(node) WHERE l <> 'Entity'][0] AS kind, node.name AS name, score
ORDER BY score DESC;
