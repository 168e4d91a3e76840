// Facilities and deposits of the rows: `props` holds only what the node does not have yet (a matched curated node
// keeps its values; the dataset's are its claims); every one cites the dataset.
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:$(row.label), n.sources = []
SET n += row.props,
    n.sources = CASE WHEN $sourceId IN n.sources THEN n.sources ELSE n.sources + $sourceId END;
