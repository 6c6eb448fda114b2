// View 1: every data row with its true and predicted class or value; sortable and filterable.
import {element, format, percent, said} from './api.js';

export class TableView {
  constructor(page) {
    this.page = page;
    this.regression = page.model.task === 'regression';
    this.sort = {column: 0, direction: 1};
    this.columns = this.makeColumns();
    document.getElementById('wrong-field').hidden = this.regression;
    document.getElementById('error-field').hidden = !this.regression;
    for (const id of ['filter-text', 'filter-wrong', 'filter-error']) {
      document.getElementById(id).addEventListener('input', () => this.render());
    }
    this.renderHead();
  }

  /** Each column: its title, its sort key and its cell. */
  makeColumns() {
    const columns = [{title: 'Row', key: r => r.row, cell: r => r.row}];
    columns.push({title: 'True ' + this.page.model.target, key: r => r.truth, text: true,
      cell: r => this.regression ? format(r.truth) : r.truth});
    columns.push({title: 'Predicted', key: r => this.regression ? r.prediction.value : r.prediction.className,
      text: !this.regression, className: 'predicted', cell: r => said(r.prediction)});
    if (this.regression) {
      columns.push({title: 'Error', key: r => r.prediction.value - r.truth,
        cell: r => format(r.prediction.value - r.truth)});
    } else {
      columns.push({title: 'Probability', key: r => Math.max(...r.prediction.probabilities),
        cell: r => percent(Math.max(...r.prediction.probabilities))});
    }
    this.page.model.features.forEach((f, j) => columns.push({title: f.name, key: r => r.features[j],
      cell: r => format(r.features[j])}));
    return columns;
  }

  renderHead() {
    const row = element('tr', {}, element('th'));
    this.columns.forEach((column, i) => {
      const th = element('th', {className: 'sortable' + (column.text ? ' text' : ''), title: 'Sort by ' + column.title},
        column.title);
      th.addEventListener('click', () => {
        this.sort = {column: i, direction: this.sort.column === i ? -this.sort.direction : 1};
        this.render();
      });
      row.append(th);
    });
    const head = document.querySelector('#rows thead');
    head.replaceChildren(row);
  }

  async show() {
    this.render();
  }

  wrong(r) {
    return this.regression ? false : r.truth !== r.prediction.className;
  }

  visibleRows() {
    const text = document.getElementById('filter-text').value.trim().toLowerCase();
    const onlyWrong = document.getElementById('filter-wrong').checked;
    const least = Number(document.getElementById('filter-error').value) || 0;
    return this.page.rows.filter(r => {
      if (text && !(String(r.row) === text || String(r.truth).toLowerCase().includes(text)
          || said(r.prediction).toLowerCase().includes(text))) {
        return false;
      }
      if (this.regression) {
        return Math.abs(r.prediction.value - r.truth) >= least;
      }
      return !onlyWrong || this.wrong(r);
    });
  }

  render() {
    const {column, direction} = this.sort;
    const key = this.columns[column].key;
    const rows = this.visibleRows().sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return direction * (x < y ? -1 : x > y ? 1 : a.row - b.row);
    });
    document.querySelectorAll('#rows th.sortable').forEach((th, i) => {
      th.classList.toggle('sorted-up', i === column && direction > 0);
      th.classList.toggle('sorted-down', i === column && direction < 0);
    });
    const body = document.querySelector('#rows tbody');
    body.replaceChildren(...rows.map(r => {
      const edit = element('button', {type: 'button', id: 'edit-' + r.row}, 'Edit');
      edit.addEventListener('click', () => this.page.open('editor', r.row));
      const tr = element('tr', {className: this.wrong(r) ? 'wrong' : '', 'data-row': r.row}, element('td', {}, edit));
      for (const c of this.columns) {
        tr.append(element('td', {className: (c.text ? 'text ' : '') + (c.className || '')}, c.cell(r)));
      }
      return tr;
    }));
    document.getElementById('row-count').textContent = `${rows.length} of ${this.page.rows.length} rows shown`;
  }
}
