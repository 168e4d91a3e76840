// General Motors' joint ventures and its partners' stakes.
MATCH (o:Organization {id: 'org:gm'})-[s:OWNS]->(v:Organization)<-[ps:OWNS]-(partner:Organization)
WHERE partner <> o
RETURN v.name AS venture, s.share AS gmShare, partner.name AS partner, ps.share AS partnerShare;
