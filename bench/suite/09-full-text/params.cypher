MATCH (o:Organization)
WITH o, [w IN split(toLower(o.name), ' ') WHERE w =~ '[a-z]{4,}'] AS words
WHERE size(words) >= 2
WITH words[0] AS a, words[1] AS b LIMIT 50
RETURN a + ' ' + b AS text,
       '(' + a + '^3 OR ' + a + '* OR ' + a + '~1) OR (' + b + '^3 OR ' + b + '* OR ' + b + '~1)' AS lucene
