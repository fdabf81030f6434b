// Draws the archive's charts: each <canvas data-chart="NAME"> gets the Chart.js configuration
// of that name from the JSON at its container's data-src (archive/web/charts.py builds them).
(function () {
  var holders = document.querySelectorAll("[data-charts-src]");
  Array.prototype.forEach.call(holders, function (holder) {
    fetch(holder.getAttribute("data-charts-src"), { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (charts) {
        var drawn = 0;
        holder.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
          var config = charts[canvas.getAttribute("data-chart")];
          var figure = canvas.closest("figure");
          if (!config || !config.type) { figure.classList.add("archive-chart-empty"); return; }
          window.archiveCharts = window.archiveCharts || {};
          window.archiveCharts[canvas.getAttribute("data-chart")] = new Chart(canvas, config);
          drawn += 1;
        });
        holder.setAttribute("data-drawn", String(drawn));
      })
      .catch(function () { holder.setAttribute("data-drawn", "failed"); });
  });
})();
