// The dashboard's charts, from the JSON the page carries (no inline script:
// the pages' Content-Security-Policy allows only the service's own files).
(function () {
  "use strict";
  var source = document.getElementById("chart-data");
  if (!source || typeof Chart === "undefined") { return; }
  var data = JSON.parse(source.textContent);
  Chart.defaults.animation = false; // screenshots and slow PCs: draw at once
  Chart.defaults.maintainAspectRatio = false;
  var bars = document.getElementById("chart-bars");
  if (bars) {
    new Chart(bars, {
      type: "bar",
      data: {
        labels: data.bars.labels,
        datasets: [
          { label: "目標", data: data.bars.target, backgroundColor: "#8fa8c8" },
          { label: "実績", data: data.bars.actual, backgroundColor: "#1f3a5f" }
        ]
      }
    });
  }
  var palette = ["#1f3a5f", "#b35900", "#0a5c2b", "#7a1f7a", "#a1151b", "#006d77", "#5c5c00", "#404040"];
  data.lines.forEach(function (chart, index) {
    var canvas = document.getElementById("chart-months-" + index);
    if (!canvas) { return; }
    new Chart(canvas, {
      type: "line",
      data: {
        labels: data.months,
        datasets: chart.series.map(function (series, i) {
          var colour = palette[i % palette.length];
          return { label: series.label, data: series.data, borderColor: colour, backgroundColor: colour };
        })
      },
      options: { plugins: { legend: { position: "bottom" } } }
    });
  });
})();
