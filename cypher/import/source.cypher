// The Source of a dataset release: kind Dataset, its licence and citation.
MERGE (s:Entity {id: $source.id})
SET s:Source, s += $source.props;
