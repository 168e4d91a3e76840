MATCH (c:Consortium {id: $id})<-[r:MEMBER_OF]-(m:Organization)
RETURN c.name AS consortium, m.id AS id, m.name AS name, r.role AS role
