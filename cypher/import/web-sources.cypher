// The web pages dataset rows name as their sources: kind Web, the address as the name (no publisher is inferred).
UNWIND $sources AS row
MERGE (s:Entity {id: row.id})
SET s:Source, s += row.props;
