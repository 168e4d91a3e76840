MATCH (c:Consortium) RETURN c.id AS consortium, 'org:bench-' + c.id AS id ORDER BY c.id LIMIT 50
