CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 50}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS kind
WHERE kind IN ['Organization']
RETURN {id: node.id, kind: kind, name: node.name, aliases: node.aliases, score: score} AS hit
ORDER BY score DESC, node.id
LIMIT 10
