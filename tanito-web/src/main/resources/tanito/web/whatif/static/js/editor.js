// View 2: the data point editor (the prediction follows every change) and the nearest counterfactual.
import {COLOURS, chart, element, format, percent, post, said, showError} from './api.js';
import {CounterfactualPanel} from './counterfactual.js';

export class EditorView {
  constructor(page) {
    this.page = page;
    this.regression = page.model.task === 'regression';
    this.sent = 0;
    this.shown = 0;
    this.inputs = [];
    this.buildInputs();
    document.getElementById('editor-reset').addEventListener('click', () => this.reset());
    this.counterfactual = new CounterfactualPanel(page);
  }

  buildInputs() {
    const table = document.getElementById('editor-features');
    table.append(element('tr', {}, element('th', {className: 'text'}, 'Feature'), element('th', {}, 'Value'),
      element('th', {className: 'text'}, 'Range in the data'), element('th', {}, 'Row\'s value')));
    this.page.model.features.forEach((feature, j) => {
      const number = element('input', {type: 'number', step: 'any', id: 'feature-' + j, 'aria-label': feature.name});
      const slider = element('input', {type: 'range', min: feature.min, max: feature.max,
        step: (feature.max - feature.min) / 200 || 1, id: 'slider-' + j, 'aria-label': feature.name + ' slider'});
      const original = element('td', {className: 'original', id: 'original-' + j});
      number.addEventListener('input', () => {
        if (number.value !== '' && Number.isFinite(Number(number.value))) {
          slider.value = number.value;
          this.change(j, Number(number.value));
        }
      });
      slider.addEventListener('input', () => {
        number.value = format(Number(slider.value));
        this.change(j, Number(slider.value));
      });
      const range = element('span', {className: 'note'}, `${format(feature.min)}`);
      table.append(element('tr', {id: 'feature-row-' + j}, element('td', {className: 'text'}, feature.name),
        element('td', {}, number), element('td', {className: 'text'}, range, ' ', slider, ' ',
          element('span', {className: 'note'}, format(feature.max))), original));
      this.inputs.push({number, slider, original});
    });
  }

  /** Makes row {@code row} the point being edited, unless it already is. */
  load(row) {
    if (row !== this.page.row && this.page.rows[row]) {
      this.page.row = row;
      this.page.point = this.page.rows[row].features.slice();
      this.loaded = false;
    }
  }

  reset() {
    this.page.point = this.page.rows[this.page.row].features.slice();
    this.loaded = false;
    this.show();
  }

  async show() {
    const row = this.page.rows[this.page.row];
    document.getElementById('editor-row').textContent = this.page.row;
    this.inputs.forEach((input, j) => {
      input.number.value = format(this.page.point[j]);
      input.slider.value = this.page.point[j];
      input.original.textContent = format(row.features[j]);
    });
    this.highlight();
    if (!this.loaded) {
      this.counterfactual.hide();
      this.loaded = true;
    }
    await this.predict();
  }

  change(j, value) {
    this.page.point[j] = value;
    this.highlight();
    this.counterfactual.hide();
    this.predict();
  }

  highlight() {
    const row = this.page.rows[this.page.row];
    this.inputs.forEach((input, j) => document.getElementById('feature-row-' + j).classList
      .toggle('changed', this.page.point[j] !== row.features[j]));
  }

  async predict() {
    const ticket = ++this.sent;
    const target = document.getElementById('predicted-class');
    target.dataset.pending = 'true';
    try {
      const prediction = await post('/api/predict', {features: this.page.point});
      if (ticket > this.shown) {
        this.shown = ticket;
        this.showPrediction(prediction);
      }
    } catch (e) {
      showError(e.message);
    } finally {
      if (ticket === this.sent) {
        target.dataset.pending = 'false';
      }
    }
  }

  showPrediction(prediction) {
    const row = this.page.rows[this.page.row];
    const target = document.getElementById('predicted-class');
    target.textContent = said(prediction);
    target.dataset.class = said(prediction);
    const changed = this.regression ? prediction.value !== row.prediction.value
      : prediction.className !== row.prediction.className;
    target.classList.toggle('flipped', !this.regression && changed);
    const truth = this.regression ? format(row.truth) : row.truth;
    document.getElementById('truth-note').textContent = `Row ${this.page.row} is truly ${truth}; the model predicted `
      + `${said(row.prediction)}` + (changed ? ' before your changes.' : ' for it too.');
    this.drawProbabilities(prediction);
  }

  drawProbabilities(prediction) {
    document.getElementById('probability-box').hidden = this.regression;
    if (this.regression) {
      return;
    }
    const classes = this.page.model.classes;
    chart('probability-chart', said(prediction), {
      type: 'bar',
      data: {labels: classes, datasets: [{data: prediction.probabilities, backgroundColor: COLOURS}]},
      options: {indexAxis: 'y', plugins: {legend: {display: false},
        tooltip: {callbacks: {label: c => percent(c.raw)}},
        title: {display: true, text: 'Probability of each class'}},
      scales: {x: {min: 0, max: 1, ticks: {stepSize: 0.25, maxRotation: 0, callback: v => percent(v)}}}},
    });
  }
}
