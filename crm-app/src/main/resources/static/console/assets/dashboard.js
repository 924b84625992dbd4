/* Draws every canvas[data-chart] of a dashboard page with Chart.js. The server writes the figures
   as JSON into the attribute (CSP forbids inline scripts); null values stay null, so an empty
   bucket is a gap in the line, never a drop to 0. The table under each chart holds the same
   figures for screen readers and keyboard users. */
(function () {
    'use strict';

    // Dark enough against white for the 3:1 contrast of graphical objects (WCAG 1.4.11).
    var palette = ['#0b5394', '#a4161a', '#1e5631', '#6b4500', '#5b2a86', '#0f6b6b', '#7a3b00', '#3d3d3d'];

    function draw(canvas) {
        var spec;
        try {
            spec = JSON.parse(canvas.getAttribute('data-chart'));
        } catch (e) {
            return;
        }
        var datasets = spec.datasets.map(function (dataset, i) {
            var colour = palette[i % palette.length];
            return {
                label: dataset.label,
                data: dataset.data,
                borderColor: colour,
                backgroundColor: colour,
                pointRadius: 4,
                spanGaps: false
            };
        });
        if (spec.target !== null && spec.target !== undefined) {
            datasets.push({
                label: spec.targetLabel,
                data: spec.labels.map(function () { return spec.target; }),
                borderColor: '#3d3d3d',
                borderDash: [6, 4],
                pointRadius: 0,
                fill: false
            });
        }
        var y = {beginAtZero: true, ticks: {precision: 0}};
        if (spec.unit === 'percent') {
            y = {min: 0, max: 100, ticks: {callback: function (value) { return value + ' %'; }}};
        }
        new Chart(canvas, {
            type: spec.type,
            data: {labels: spec.labels, datasets: datasets},
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                scales: {y: y},
                plugins: {legend: {display: datasets.length > 1 || spec.type === 'line'}}
            }
        });
    }

    function drawAll() {
        if (typeof Chart === 'undefined') {
            return;
        }
        document.querySelectorAll('canvas[data-chart]').forEach(draw);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', drawAll);
    } else {
        drawAll();
    }
}());
