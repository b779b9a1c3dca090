/*
 * The docs' search scorer (conf.py: html_search_scorer): Sphinx's own scores, and for
 * an object (a record, an API name) a bonus for how much of its name the query is, so
 * "Vassilenko" ranks the official "Roman Vassilenko" above the interview whose long
 * title also holds the name. The scores are Sphinx's defaults, which this file replaces.
 */
var Scorer = {
  score: (result) => {
    const [, title, , , score, , kind] = result;
    if (kind !== "object") return score;
    const query = (new URLSearchParams(window.location.search).get("q") || "").trim();
    // At most 10: an exact name gains 10, a name twice the query's length 5.
    return score + Math.round((10 * Math.min(query.length, title.length)) / title.length);
  },
  objNameMatch: 11,
  objPartialMatch: 6,
  objPrio: { 0: 15, 1: 5, 2: -5 },
  objPrioDefault: 0,
  title: 15,
  partialTitle: 7,
  term: 5,
  partialTerm: 2,
};
