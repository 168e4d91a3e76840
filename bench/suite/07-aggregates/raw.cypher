CALL () {
  MATCH (c:Consortium) WITH c ORDER BY c.id LIMIT 20
  RETURN collect({id: c.id, members: COUNT { (c)<-[:MEMBER_OF]-(:Organization) }}) AS consortia
}
CALL () {
  MATCH (f:Facility)-[:LOCATED_IN]->(s:Subdivision)
  WITH s.code AS key, count(f) AS count
  RETURN collect({key: key, count: count}) AS states
}
RETURN consortia, states
