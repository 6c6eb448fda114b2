// The What-If page: loads the model and rows, keeps the point being edited, and shows one view at a time
// (the view and the row are in the URL's fragment: #editor/12).
import {get, showError} from './api.js';
import {TableView} from './table.js';
import {EditorView} from './editor.js';
import {PdpView} from './pdp.js';
import {PerformanceView} from './performance.js';
import {SlicesView} from './slices.js';

Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.font.size = 13;

const VIEWS = ['table', 'editor', 'pdp', 'performance', 'slices'];

async function start() {
  const [model, rows] = await Promise.all([get('/api/model'), get('/api/rows')]);
  describe(model);
  const page = {model, rows, row: 0, point: rows[0].features.slice(), views: {}};
  page.open = (view, row) => { location.hash = row === undefined ? view : `${view}/${row}`; };
  page.views = {
    table: new TableView(page),
    editor: new EditorView(page),
    pdp: new PdpView(page),
    performance: new PerformanceView(page),
    slices: new SlicesView(page),
  };
  window.addEventListener('hashchange', () => route(page));
  await route(page);
  document.body.dataset.status = 'ready';
}

function describe(model) {
  const task = model.task === 'regression' ? `regression of ${model.target}`
    : `${model.classes.length} classes of ${model.target}` + (model.task === 'binary' ? ' (binary)' : '');
  document.getElementById('subject').textContent =
    `${model.modelName} on ${model.dataName}: ${model.rows} rows, ${model.features.length} features, ${task}`;
  for (const e of document.querySelectorAll('.target-name')) {
    e.textContent = model.target;
  }
}

async function route(page) {
  const [name, row] = location.hash.substring(1).split('/');
  const view = VIEWS.includes(name) ? name : 'table';
  if (row !== undefined && row !== '') {
    page.views.editor.load(Number(row));
  }
  for (const v of VIEWS) {
    document.getElementById('view-' + v).hidden = v !== view;
    const tab = document.getElementById('tab-' + v);
    if (v === view) {
      tab.setAttribute('aria-current', 'page');
    } else {
      tab.removeAttribute('aria-current');
    }
  }
  document.getElementById('tab-editor').href = `#editor/${page.row}`;
  delete document.body.dataset.view;
  try {
    showError(null);
    await page.views[view].show();
  } catch (e) {
    showError(e.message);
  }
  document.body.dataset.view = view;
}

start().catch(e => {
  showError('The page could not load the model: ' + e.message);
  document.body.dataset.status = 'failed';
});
