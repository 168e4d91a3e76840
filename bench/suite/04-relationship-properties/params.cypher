MATCH (c:Consortium) WHERE EXISTS { (c)<-[:MEMBER_OF]-(:Organization) } RETURN c.id AS id ORDER BY c.id LIMIT 200
