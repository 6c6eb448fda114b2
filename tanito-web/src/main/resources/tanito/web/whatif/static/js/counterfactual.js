// The editor's nearest counterfactual: the closest data row (in the model's scaled space) predicted differently.
import {element, format, post, said, showError} from './api.js';

export class CounterfactualPanel {
  constructor(page) {
    this.page = page;
    this.regression = page.model.task === 'regression';
    this.box = document.getElementById('counterfactual');
    document.getElementById('find-counterfactual').addEventListener('click', () => this.find());
    document.getElementById('edit-counterfactual').addEventListener('click',
      () => page.open('editor', Number(this.box.dataset.row)));
    document.getElementById('delta-field').hidden = !this.regression;
    document.getElementById('delta').value = this.regression ? format(this.defaultDelta()) : '';
    document.getElementById('counterfactual-explain').textContent = 'The most similar data row that the model '
      + (this.regression ? 'predicts a value at least the given amount away for.' : 'predicts another class for.')
      + ' Similarity is measured after the model\'s own scaling of the features, so each feature counts by its'
      + ' spread, not its units.';
  }

  /** Half the true values' standard deviation: a change in the prediction worth noticing. */
  defaultDelta() {
    const values = this.page.rows.map(r => r.truth);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length) / 2 || 1;
  }

  /** Hides an answer that no longer fits the point. */
  hide() {
    this.box.hidden = true;
    this.box.dataset.row = '';
  }

  async find() {
    try {
      showError(null);
      const request = {features: this.page.point, distance: document.getElementById('distance').value};
      if (this.regression) {
        request.delta = Number(document.getElementById('delta').value);
      }
      this.show(await post('/api/counterfactual', request), request.distance);
    } catch (e) {
      showError(e.message);
    }
  }

  show(found, distance) {
    this.box.hidden = false;
    this.box.dataset.row = found.found ? found.row : '';
    const summary = document.getElementById('counterfactual-summary');
    const table = document.getElementById('counterfactual-table');
    document.getElementById('edit-counterfactual').hidden = !found.found;
    if (!found.found) {
      summary.textContent = 'No data row gets a different prediction.';
      table.replaceChildren();
      return;
    }
    const point = this.page.point;
    const features = this.page.model.features;
    const truth = this.regression ? format(found.truth) : found.truth;
    summary.replaceChildren('Row ', element('strong', {id: 'counterfactual-row'}, found.row), ' is predicted ',
      element('strong', {id: 'counterfactual-class'}, said(found.prediction)), ` (true: ${truth}), at `
      + `${distance.toUpperCase()} distance ${format(found.distance)} in scaled units.`
      + (found.row === this.page.row ? ' It is the row you started from: undoing your changes is the shortest way back.' : '')
      + ' Highlighted: the three features that differ most for their range in the data.');
    const differences = found.features.map((v, j) => Math.abs(v - point[j]) / ((features[j].max - features[j].min) || 1));
    const third = differences.slice().sort((a, b) => b - a)[Math.min(2, differences.length - 1)];
    table.replaceChildren(element('tr', {}, element('th', {className: 'text'}, 'Feature'),
      element('th', {}, 'This point'), element('th', {}, 'Row ' + found.row), element('th', {}, 'Difference')),
    ...found.features.map((v, j) => element('tr', {className: differences[j] >= third && differences[j] > 0 ? 'changed' : ''},
      element('td', {className: 'text'}, features[j].name), element('td', {}, format(point[j])),
      element('td', {}, format(v)), element('td', {}, format(v - point[j])))));
  }
}
