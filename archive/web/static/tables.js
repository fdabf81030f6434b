// On an archive's table pages, the column glossary Datasette prints above the rows (one line per
// column, forty on the articles table) is folded under one summary line, so the rows come first.
(function () {
  var glossary = document.querySelector("dl.column-descriptions");
  if (!glossary) { return; }
  var details = document.createElement("details");
  details.className = "archive-glossary";
  var summary = document.createElement("summary");
  summary.textContent = "What the columns mean (" + glossary.querySelectorAll("dt").length + ")";
  details.appendChild(summary);
  glossary.parentNode.insertBefore(details, glossary);
  details.appendChild(glossary);
})();
