// What the Post-IRA rows are resolved against: the facilities and organizations of every other source (curated and
// the other datasets, e.g. the Clean Investment Monitor's), with only what those sources state (not what the
// Post-IRA import added), so that a rerun resolves every row as the first run did.
CALL () {
  MATCH (f:Facility)
  WHERE any(s IN f.sources WHERE s <> $sourceId)
  RETURN collect({id: f.id, name: f.name, type: f.type, city: f.city,
    latitude: f.location.latitude, longitude: f.location.longitude,
    state: COLLECT { MATCH (f)-[r:LOCATED_IN]->(d:Subdivision) WHERE any(s IN r.sources WHERE s <> $sourceId) RETURN d.code }[0],
    operators: COLLECT { MATCH (o:Organization)-[r:OPERATES]->(f) WHERE any(s IN r.sources WHERE s <> $sourceId) RETURN o.id }
  }) AS facilities
}
CALL () {
  MATCH (o:Organization)
  WHERE any(s IN o.sources WHERE s <> $sourceId)
  RETURN collect({id: o.id, name: o.name, aliases: coalesce(o.aliases, [])}) AS organizations
}
CALL () {
  MATCH (n:Entity) WHERE n:Country OR n:Subdivision
  RETURN collect(n.id) AS places
}
RETURN facilities, organizations, places;
