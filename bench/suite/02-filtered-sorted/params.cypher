MATCH (n:Facility) WHERE n.status IS NOT NULL RETURN DISTINCT n.status AS status ORDER BY status
