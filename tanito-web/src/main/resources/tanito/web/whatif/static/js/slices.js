// View 5: the model's score on ranges of one feature's values.
import {chart, element, format, get, percent} from './api.js';

export class SlicesView {
  constructor(page) {
    this.page = page;
    this.regression = page.model.task === 'regression';
    const select = document.getElementById('slice-feature');
    page.model.features.forEach((f, j) => select.append(new Option(f.name, f.name, j === 0, j === 0)));
    select.addEventListener('change', () => this.show());
    document.getElementById('slice-bins').addEventListener('change', () => this.show());
  }

  async show() {
    const feature = document.getElementById('slice-feature').value;
    const bins = document.getElementById('slice-bins').value;
    const {slices} = await get(`/api/slices?feature=${encodeURIComponent(feature)}&bins=${bins}`);
    const metric = this.regression ? 'Mean absolute error' : 'Accuracy';
    const show = v => v === null ? '' : this.regression ? format(v) : percent(v);
    const labels = slices.map(s => `${format(s.from)} \u2013 ${format(s.to)}`);
    chart('slice-chart', `${feature}/${bins}`, {
      type: 'bar',
      data: {labels, datasets: [{label: metric, data: slices.map(s => s.score), backgroundColor: '#0877bd'}]},
      options: {
        plugins: {legend: {display: false}, title: {display: true, text: `${metric} by ${feature}`},
          tooltip: {callbacks: {label: c => `${show(c.raw)} on ${slices[c.dataIndex].count} rows`}}},
        scales: {x: {title: {display: true, text: feature}},
          y: this.regression ? {min: 0, title: {display: true, text: metric}}
            : {min: 0, max: 1, title: {display: true, text: metric}, ticks: {callback: v => percent(v)}}},
      },
    });
    const table = document.getElementById('slice-table');
    const classes = this.page.model.classes;
    table.replaceChildren(element('tr', {}, element('th', {className: 'text'}, feature), element('th', {}, 'Rows'),
      ...classes.map(c => element('th', {}, 'true ' + c)), element('th', {}, metric)),
    ...slices.map((s, i) => element('tr', {}, element('td', {className: 'text'}, labels[i]), element('td', {}, s.count),
      ...s.classCounts.map(n => element('td', {}, n)), element('td', {}, show(s.score)))));
  }
}
