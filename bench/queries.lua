-- wrk script: cycles through reader queries on /api/search (highlighting and all facets on, as the page asks).
local queries = { "Digitalisierung", "Verwaltungsdigitalisierung", "KI", "Smart%20City", "Linz", "Leipzig",
  "B%C3%BCrger%3Ainnen", "Fachkr%C3%A4ftemangel", "Smart-City-Projekte", "Beate%20Ginzel", "Werkstattbericht",
  "Kommunen", "%22K%C3%BCnstliche%20Intelligenz%22", "OZG", "Kooperation", "Cybersicherheit", "Mitarbeitende",
  "Resilienz", "Verwaltung%20-Linz", "Digitalisirung" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?size=10&q=" .. queries[(i % #queries) + 1])
end
