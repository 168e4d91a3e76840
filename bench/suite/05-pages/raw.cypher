MATCH (n:Facility) WHERE n.id > $after
RETURN n.id AS id, n.name AS name ORDER BY n.id LIMIT 50
