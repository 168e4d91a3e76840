MATCH (o:Organization)
OPTIONAL MATCH (o)-[:MEMBER_OF]->(:Consortium)<-[:MEMBER_OF]-(:Organization)-[:OPERATES]->(f:Facility)
RETURN o.id AS id, collect(f.id) AS facilities
