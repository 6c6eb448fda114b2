// View 3: partial dependence of the prediction on one feature, around the edited point and over the data.
import {COLOURS, chart, format, post} from './api.js';

export class PdpView {
  constructor(page) {
    this.page = page;
    const select = document.getElementById('pdp-feature');
    page.model.features.forEach((f, j) => select.append(new Option(f.name, f.name, j === 0, j === 0)));
    select.addEventListener('change', () => this.show());
  }

  async show() {
    const feature = document.getElementById('pdp-feature').value;
    const j = this.page.model.features.findIndex(f => f.name === feature);
    const edited = this.page.point.some((v, i) => v !== this.page.rows[this.page.row].features[i]);
    document.getElementById('pdp-point').textContent = `row ${this.page.row}` + (edited ? ', as edited' : '');
    const pd = await post('/api/pdp', {feature, features: this.page.point});
    document.getElementById('pdp-rows').textContent = pd.averagedRows === this.page.rows.length
      ? `all ${pd.averagedRows} data rows` : `${pd.averagedRows} of the ${this.page.rows.length} data rows, evenly spaced`;
    const regression = this.page.model.task === 'regression';
    const outputs = regression ? ['predicted ' + this.page.model.target]
      : this.page.model.classes.map(c => 'P(' + c + ')');
    const curve = (values, k) => pd.grid.map((x, g) => ({x, y: values[g][k]}));
    const datasets = [];
    outputs.forEach((name, k) => {
      const colour = COLOURS[k % COLOURS.length];
      datasets.push({label: name + ', this point', data: curve(pd.point, k), borderColor: colour,
        backgroundColor: colour, pointRadius: 0, borderWidth: 2.5});
      datasets.push({label: name + ', average', data: curve(pd.average, k), borderColor: colour,
        backgroundColor: colour, borderDash: [6, 4], pointRadius: 0, borderWidth: 1.5});
      datasets.push({label: name + ' now', data: [{x: this.page.point[j], y: this.at(pd, k)}], type: 'scatter',
        borderColor: colour, backgroundColor: colour, pointRadius: 6, clip: 8});
    });
    chart('pdp-chart', feature, {
      type: 'line',
      data: {datasets},
      options: {
        parsing: false,
        plugins: {legend: {labels: {filter: item => !item.text.endsWith(' now')}},
          title: {display: true, text: `How the prediction depends on ${feature}`}},
        scales: {
          x: {type: 'linear', min: pd.grid[0], max: pd.grid[pd.grid.length - 1], title: {display: true, text: feature},
            ticks: {callback: v => format(v)}},
          y: regression ? {title: {display: true, text: outputs[0]}}
            : {min: 0, max: 1, title: {display: true, text: 'probability'}},
        },
      },
    });
  }

  /** The point's own output k, read off its curve at its current value (linear between grid values). */
  at(pd, k) {
    const j = this.page.model.features.findIndex(f => f.name === pd.feature);
    const x = this.page.point[j];
    const g = pd.grid.findIndex(v => v >= x);
    if (g <= 0) {
      return pd.point[Math.max(g, 0)][k];
    }
    const t = (x - pd.grid[g - 1]) / (pd.grid[g] - pd.grid[g - 1]);
    return pd.point[g - 1][k] + t * (pd.point[g][k] - pd.point[g - 1][k]);
  }
}
