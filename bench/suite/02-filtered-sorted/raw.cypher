MATCH (n:Facility) WHERE n.status = $status
RETURN n.id AS id, n.name AS name, n.status AS status ORDER BY n.name, n.id LIMIT 20
