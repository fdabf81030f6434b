// The Read Also network page: draws the elements the page carries as JSON with Cytoscape.js.
// A click on an article opens its reading page. Loaded from this server (the pages' CSP allows
// no inline script).
(function () {
  var data = JSON.parse(document.getElementById("archive-graph-data").textContent);
  var container = document.getElementById("archive-graph");
  if (!data.elements.length) { return; }
  var cy = cytoscape({
    container: container,
    elements: data.elements,
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 1.6,           // a handful of articles is not blown up to fill the page
    style: [
      { selector: "node", style: {
        "background-color": "data(colour)", "label": "data(label)", "font-size": 9,
        "text-wrap": "ellipsis", "text-max-width": 140, "width": 14, "height": 14, "color": "#222" } },
      { selector: "node[?centre]", style: { "width": 26, "height": 26, "border-width": 3, "border-color": "#111",
        "font-weight": "bold", "font-size": 12 } },
      { selector: "node[?gone]", style: { "shape": "diamond", "background-opacity": 0.5 } },
      { selector: "edge", style: { "width": 1, "line-color": "#bbb", "target-arrow-color": "#bbb",
        "target-arrow-shape": "triangle", "curve-style": "bezier", "arrow-scale": 0.7 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#000" } }
    ],
    layout: { name: "cose", animate: false, randomize: true, nodeRepulsion: 400000, idealEdgeLength: 90,
              padding: 40 }
  });
  cy.on("tap", "node", function (event) { window.location.href = event.target.data("href"); });
  window.archiveGraph = cy;   // for tests and the curious: the Cytoscape instance
  container.setAttribute("data-drawn", String(cy.nodes().length));
})();
