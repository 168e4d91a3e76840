MATCH (n:Facility) RETURN n.id AS id ORDER BY n.id LIMIT 200
