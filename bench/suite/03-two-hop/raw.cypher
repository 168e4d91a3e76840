MATCH (o:Organization {id: $id})-[:MEMBER_OF]->(c:Consortium)
MATCH (c)<-[:MEMBER_OF]-(m:Organization)
RETURN o.name AS organization, c.id AS consortium, c.name AS consortiumName, m.id AS id, m.name AS name
