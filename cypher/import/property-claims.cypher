// A Record claim per imported value: ABOUT its node, STATED_IN the dataset's source.
UNWIND $claims AS row
MATCH (n:Entity {id: row.about})
MATCH (s:Source {id: $sourceId})
MERGE (c:Entity {id: row.id})
SET c:Claim, c += row.props
MERGE (c)-[st:STATED_IN]->(s) SET st.sources = [$sourceId]
MERGE (c)-[ab:ABOUT]->(n) SET ab.sources = [$sourceId];
