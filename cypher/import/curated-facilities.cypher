// The curated facilities and organizations resolution compares rows with: only what curated sources state (not
// what an import added), so that a rerun resolves every row as the first run did. Imported sources are the
// Dataset sources with a release, and datasetSources (the release being imported).
WITH $datasetSources + COLLECT { MATCH (s:Source) WHERE s.kind = 'Dataset' AND s.release IS NOT NULL RETURN s.id }
     AS datasetSources
CALL (datasetSources) {
  MATCH (f:Facility)
  WHERE any(s IN f.sources WHERE NOT s IN datasetSources)
  RETURN collect({id: f.id, name: f.name, type: f.type, city: f.city, county: f.county,
    state: COLLECT { MATCH (f)-[r:LOCATED_IN]->(d:Subdivision) WHERE any(s IN r.sources WHERE NOT s IN datasetSources) RETURN d.code }[0],
    operators: COLLECT { MATCH (o:Organization)-[r:OPERATES]->(f) WHERE any(s IN r.sources WHERE NOT s IN datasetSources) RETURN o.id },
    products: COLLECT { MATCH (f)-[r:PRODUCES]->(m:Material) WHERE any(s IN r.sources WHERE NOT s IN datasetSources) RETURN m.id },
    properties: keys(f)}) AS facilities
}
CALL (datasetSources) {
  MATCH (o:Organization)
  WHERE any(s IN o.sources WHERE NOT s IN datasetSources)
  RETURN collect({id: o.id, name: o.name, aliases: coalesce(o.aliases, [])}) AS organizations
}
CALL () {
  MATCH (n:Entity) WHERE n:Country OR n:Subdivision
  RETURN collect(n.id) AS places
}
RETURN facilities, organizations, places;
