// View 4: confusion matrix, accuracy and per-class scores; a binary model's threshold, cost, ROC and PR curves;
// a regression's errors and predicted-against-true scatter.
import {chart, element, format, get, percent} from './api.js';

export class PerformanceView {
  constructor(page) {
    this.page = page;
    this.binary = page.model.task === 'binary';
    document.getElementById('binary-controls').hidden = !this.binary;
    for (const e of document.querySelectorAll('.positive-class')) {
      e.textContent = page.model.classes[1] ?? '';
    }
    document.getElementById('threshold').addEventListener('input', () => this.show());
    document.getElementById('cost-ratio').addEventListener('change', () => this.show());
    document.getElementById('cheapest').addEventListener('click', () => this.useCheapest());
  }

  threshold() {
    return Number(document.getElementById('threshold').value);
  }

  async show() {
    const costRatio = document.getElementById('cost-ratio').value || '1';
    document.getElementById('threshold-value').textContent = this.threshold().toFixed(2);
    this.last = await get(`/api/performance?threshold=${this.threshold()}&costRatio=${encodeURIComponent(costRatio)}`);
    const regression = this.last.regression !== null;
    document.getElementById('classification-performance').hidden = regression;
    document.getElementById('regression-performance').hidden = !regression;
    if (regression) {
      this.showRegression(this.last.regression);
    } else {
      this.showClasses(this.last.classes);
      document.getElementById('binary-curves').hidden = !this.binary;
      if (this.binary) {
        this.showCurves(this.last.binary);
      }
    }
  }

  async useCheapest() {
    const cheapest = this.last?.binary?.cheapestThreshold;
    document.getElementById('threshold').value = cheapest === null || cheapest === undefined ? 1 : cheapest;
    await this.show();
  }

  showClasses(classes) {
    document.getElementById('accuracy').textContent = percent(classes.accuracy);
    const names = classes.classNames;
    const most = Math.max(...classes.confusion.flat());
    const confusion = document.getElementById('confusion');
    confusion.replaceChildren(element('tr', {}, element('th', {className: 'text'}, 'true \u2193 predicted \u2192'),
      ...names.map(n => element('th', {}, n))),
    ...classes.confusion.map((row, t) => element('tr', {}, element('th', {className: 'text'}, names[t]),
      ...row.map((n, p) => {
        const cell = element('td', {className: t === p ? 'diagonal' : ''}, n);
        const shade = n ? 0.15 + 0.85 * n / most : 0; // a single mistake must still show
        cell.style.background = t === p ? `rgba(8, 119, 189, ${shade * 0.6})` : `rgba(192, 57, 43, ${shade * 0.6})`;
        return cell;
      }))));
    document.getElementById('per-class').replaceChildren(element('tr', {}, element('th', {className: 'text'}, 'Class'),
      element('th', {}, 'Precision'), element('th', {}, 'Recall'), element('th', {}, 'F1'), element('th', {}, 'Rows')),
    ...classes.perClass.map(c => element('tr', {}, element('td', {className: 'text'}, c.className),
      element('td', {}, percent(c.precision)), element('td', {}, percent(c.recall)), element('td', {}, format(c.f1)),
      element('td', {}, c.support))));
  }

  showCurves(binary) {
    document.getElementById('roc-auc').textContent = `area under the curve ${format(binary.rocAuc)}`;
    document.getElementById('average-precision').textContent = `average precision ${format(binary.averagePrecision)}`;
    const cheapest = binary.cheapestThreshold === null ? 'above every score' : format(binary.cheapestThreshold);
    document.getElementById('cost-note').textContent = `Cost (ratio \u00d7 false positives + false negatives):`
      + ` ${format(binary.cost)} at this threshold; the least, ${format(binary.cheapestCost)}, at threshold ${cheapest}.`;
    const here = binary.points.filter(p => p.threshold === null || p.threshold >= this.threshold()).pop();
    this.curve('roc-chart', binary.points.map(p => ({x: p.falsePositiveRate, y: p.truePositiveRate})),
      {x: here.falsePositiveRate, y: here.truePositiveRate}, 'false positive rate', 'true positive rate (recall)');
    this.curve('pr-chart', binary.points.map(p => ({x: p.truePositiveRate, y: p.precision})),
      {x: here.truePositiveRate, y: here.precision}, 'recall', 'precision');
  }

  curve(canvas, points, here, xTitle, yTitle) {
    chart(canvas, this.threshold().toFixed(2), {
      type: 'line',
      data: {datasets: [
        {label: 'all thresholds', data: points, borderColor: '#0877bd', pointRadius: 0, clip: 8},
        {label: `threshold ${this.threshold().toFixed(2)}`, data: [here], type: 'scatter', pointRadius: 7,
          backgroundColor: '#c0392b', borderColor: '#c0392b', clip: 8},
      ]},
      options: {parsing: false, scales: {
        x: {type: 'linear', min: 0, max: 1, title: {display: true, text: xTitle}},
        y: {min: 0, max: 1, title: {display: true, text: yTitle}},
      }},
    });
  }

  showRegression(scores) {
    document.getElementById('mse').textContent = format(scores.meanSquaredError);
    document.getElementById('mae').textContent = format(scores.meanAbsoluteError);
    document.getElementById('r2').textContent = format(scores.rSquared);
    const points = this.page.rows.map(r => ({x: r.truth, y: r.prediction.value}));
    const values = points.flatMap(p => [p.x, p.y]);
    const low = Math.min(...values);
    const high = Math.max(...values);
    chart('scatter-chart', 'rows', {
      type: 'scatter',
      data: {datasets: [
        {label: 'data rows', data: points, backgroundColor: 'rgba(8, 119, 189, 0.6)'},
        {label: 'exactly right', data: [{x: low, y: low}, {x: high, y: high}], type: 'line', borderColor: '#999',
          borderDash: [6, 4], pointRadius: 0},
      ]},
      options: {parsing: false, scales: {
        x: {type: 'linear', title: {display: true, text: 'true ' + this.page.model.target}},
        y: {title: {display: true, text: 'predicted ' + this.page.model.target}},
      }},
    });
  }
}
