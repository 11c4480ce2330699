// Liaison statistics: draws a Chart.js chart for each table from the numbers in the canvas's data-* attributes.
// The tables stay the source of truth; without Chart.js (or JavaScript) they are all there is.
(() => {
  'use strict';

  if (typeof window.Chart !== 'function') {
    return;
  }

  const read = (canvas, name) => {
    try {
      return JSON.parse(canvas.dataset[name] || '[]');
    } catch {
      return [];
    }
  };

  const styles = getComputedStyle(document.documentElement);
  const colour = (variable, fallback) => (styles.getPropertyValue(variable) || fallback).trim();
  const received = colour('--bs-primary', '#0d6efd');
  const sent = colour('--bs-success', '#198754');
  const engagements = colour('--bs-secondary', '#6c757d');

  document.querySelectorAll('canvas[data-chart]').forEach((canvas) => {
    const byYear = canvas.dataset.chart === 'year';
    const horizontal = canvas.dataset.chart === 'country';
    const datasets = byYear
      ? [
          { type: 'bar', label: canvas.dataset.labelReceived, data: read(canvas, 'received'), backgroundColor: received, yAxisID: 'y' },
          { type: 'bar', label: canvas.dataset.labelSent, data: read(canvas, 'sent'), backgroundColor: sent, yAxisID: 'y' },
          { type: 'line', label: canvas.dataset.labelPeopleReceived, data: read(canvas, 'peopleReceived'), borderColor: received, backgroundColor: received, yAxisID: 'people' },
          { type: 'line', label: canvas.dataset.labelPeopleSent, data: read(canvas, 'peopleSent'), borderColor: sent, backgroundColor: sent, yAxisID: 'people' },
        ]
      : [
          { type: 'bar', label: canvas.dataset.labelEngagements, data: read(canvas, 'engagements'), backgroundColor: engagements },
          { type: 'bar', label: canvas.dataset.labelReceived, data: read(canvas, 'received'), backgroundColor: received },
          { type: 'bar', label: canvas.dataset.labelSent, data: read(canvas, 'sent'), backgroundColor: sent },
        ];
    const scales = byYear
      ? {
          y: { beginAtZero: true, ticks: { precision: 0 } },
          people: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false }, ticks: { precision: 0 } },
        }
      : { [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } };

    // eslint-disable-next-line no-new
    new window.Chart(canvas, {
      data: { labels: read(canvas, 'labels'), datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        maintainAspectRatio: false,
        responsive: true,
        animation: false,
        scales,
        plugins: { legend: { position: 'bottom' } },
      },
    });
  });
})();
