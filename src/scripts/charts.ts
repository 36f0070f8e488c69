/**
 * Draws each chart from the table that follows its canvas. Only the bar chart parts of
 * chart.js are registered (~48 kB gzipped instead of ~71 kB for `chart.js/auto`); the table
 * carries tooltips' job, so no tooltip plugin either.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js';
import { wrapWords } from '../domain/text.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

/** Distinguishable for common colour-vision deficiencies (Okabe–Ito), darkened for contrast. */
const PALETTE = ['#0b4a8b', '#c25e00', '#1c6b35', '#a4262c', '#5b3f8c', '#00727a', '#6b5800'];

interface TableData {
  labels: string[];
  series: { label: string; values: number[] }[];
}

function readTable(table: HTMLTableElement): TableData {
  // Columns marked data-extra (such as n) are context for the reader, not bars.
  const headers = [...table.tHead!.rows[0]!.cells]
    .slice(1)
    .filter((c) => !c.hasAttribute('data-extra'))
    .map((c) => c.textContent!.trim());
  const rows = [...table.tBodies[0]!.rows];
  return {
    labels: rows.map((r) => r.cells[0]!.textContent!.trim()),
    series: headers.map((label, i) => ({
      label,
      values: rows.map((r) => Number(r.querySelectorAll<HTMLElement>('td[data-value]')[i]!.dataset.value)),
    })),
  };
}

export function drawCharts(root: Document): void {
  for (const canvas of root.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
    if (canvas.dataset.drawn) continue;
    canvas.dataset.drawn = 'true';
    const table = canvas.closest('figure')?.querySelector<HTMLTableElement>('table[data-chart-table]');
    if (!table) continue;
    const data = readTable(table);
    // The chart's box stays hidden until there is a chart to draw, so a page read without
    // JavaScript shows the table without an empty frame above it.
    canvas.parentElement?.removeAttribute('hidden');
    // With the chart drawn, its table folds under it (one click away) instead of doubling the page.
    canvas.closest('figure')?.querySelector('details[data-chart-data]')?.removeAttribute('open');
    const stacked = canvas.dataset.stacked === 'true';
    const horizontal = canvas.dataset.horizontal === 'true';
    const max = canvas.dataset.max === undefined ? undefined : Number(canvas.dataset.max);
    // A long theme name beside a bar would be cut off at the screen's edge on a phone: fold it
    // to a width that leaves the bars most of the chart.
    const fold = Math.max(12, Math.min(40, Math.round(canvas.clientWidth / 18)));
    const labels: (string | string[])[] = horizontal ? data.labels.map((l) => wrapWords(l, fold)) : data.labels;
    // A label folded onto three lines needs a taller row than the server-side estimate gave, or
    // it runs into the row above (at 360 px "Katujen kunnossapito ja lumityöt" does).
    if (horizontal && canvas.parentElement) {
      const lines = Math.max(1, ...labels.map((l) => (Array.isArray(l) ? l.length : 1)));
      const perRow = Math.max(stacked ? 34 : 30 * data.series.length, lines * 15 + 8);
      const needed = data.labels.length * perRow + 80;
      if (needed > canvas.parentElement.clientHeight) canvas.parentElement.style.height = `${needed}px`;
    }
    new Chart<'bar', number[], string | string[]>(canvas, {
      type: 'bar',
      data: {
        labels,
        datasets: data.series.map((s, i) => ({
          label: s.label,
          data: s.values,
          backgroundColor: PALETTE[i % PALETTE.length],
          borderColor: '#ffffff',
          borderWidth: stacked ? 1 : 0,
        })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        maintainAspectRatio: false,
        animation: false,
        // Counts are whole numbers: no 0.5 ticks.
        scales: {
          x: { stacked, beginAtZero: true, ticks: { precision: 0 }, max: horizontal ? max : undefined },
          // Every row of a horizontal chart keeps its label: skipping one would leave a bar unnamed.
          y: {
            stacked,
            beginAtZero: true,
            ticks: { precision: 0, autoSkip: !horizontal },
            max: horizontal ? undefined : max,
          },
        },
        plugins: { legend: { display: data.series.length > 1, position: 'bottom' } },
      },
    });
  }
}
