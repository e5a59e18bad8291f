MATCH (:Actor {id: $target})<-[:ABOUT]-(s:Statement)<-[:SAID]-(sp:Actor)
WITH sp, count(s) AS n ORDER BY n DESC, sp.id
RETURN sum(n) AS totalCount, collect({ id: sp.id, name: sp.name, count: n }) AS speakers
