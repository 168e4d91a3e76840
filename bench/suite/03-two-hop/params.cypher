MATCH (o:Organization) WHERE EXISTS { (o)-[:MEMBER_OF]->(:Consortium) } RETURN o.id AS id ORDER BY o.id LIMIT 200
