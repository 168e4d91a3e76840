MATCH (c:Consortium)
CALL (c) { MATCH (s:Source) RETURN s.id AS source ORDER BY s.id LIMIT 1 }
RETURN c.id AS consortium, 'org:bench-' + replace(c.id, ':', '-') AS id, source ORDER BY c.id LIMIT 50
