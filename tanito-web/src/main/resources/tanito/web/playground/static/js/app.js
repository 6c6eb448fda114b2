// The Playground page: the controls edit one spec; every change replaces the server's run with a new one
// (DELETE the old, POST the new) and reconnects the event stream; the URL always holds the spec.
import { DATASETS, FEATURES, MAX_LAYERS, MAX_WIDTH, NEW_LAYER_WIDTH, problemOf, specFromQuery } from './spec.js';
import { Boundary, showClassLegend } from './boundary.js';
import { LossChart } from './losschart.js';
import { NetworkView } from './network.js';
import { choose, currentSpeed, renderControls, setUpControls } from './controls.js';
import { showDownloads, showTestClasses } from './export.js';
import { renderUpload, setUpUpload } from './upload.js';
import { showConfusion } from './confusion.js';

const GRID = 50;    // PlaygroundSession.GRID
const EXTENT = 6;   // PlaygroundSession.EXTENT
const $ = id => document.getElementById(id);

let spec = specFromQuery(location.search); // the page's whole state; the server fills in what is left out
let run = null;         // { id, token, events, latest }
let playing = false;
let changes = 0;        // counts changes, so a restart that a later change overtook gives way
let queue = Promise.resolve();
const boundary = new Boundary($('boundary'), GRID, EXTENT);
const chart = new LossChart($('loss-chart'));
const networkView = new NetworkView($('network-view'), $('edge-tip'));

/** Runs server calls one after another, in the order the user asked for them. */
function enqueue(task) {
  queue = queue.then(task).catch(showError);
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok && !(method === 'DELETE' && response.status === 404)) {
    throw new Error(json && json.error ? json.error : `${method} ${path}: ${response.status}`);
  }
  return json;
}

function showError(error) {
  $('error').textContent = error.message;
  $('error').hidden = false;
  document.body.dataset.status = 'error';
}

/** Applies a change to the spec, shows it, and replaces the run. */
function change(edit) {
  edit(spec);
  render();
  const token = ++changes;
  document.body.dataset.status = 'loading';
  enqueue(() => restart(token));
}

async function restart(token) {
  if (token !== changes) {
    return;
  }
  await closeRun();
  let created;
  try {
    created = await api('POST', '/api/runs', spec);
  } catch (error) {
    if (run !== null || Object.keys(spec).length === 0) {
      throw error;
    }
    // the URL named a spec the server refuses: say why and start from the defaults
    spec = {};
    created = await api('POST', '/api/runs', spec);
    showError(new Error(`${error.message}; the link's settings were replaced by the defaults`));
  }
  if (token === changes) {
    spec = created.spec;
    render();
  }
  history.replaceState(null, '', '?' + created.query);
  const points = await api('GET', `/api/runs/${created.id}/points`);
  const regression = created.spec.problem === 'regression';
  boundary.setPoints(points, regression);
  $('scale-low').textContent = regression ? '\u22121' : `class ${created.classes[0]}`;
  $('scale-high').textContent = regression ? '+1' : `class ${created.classes[1]}`;
  if (regression && created.spec.upload) {
    const targets = points.train.map(point => point[2]);
    boundary.setValueRange(Math.min(...targets), Math.max(...targets));
    $('scale-low').textContent = boundary.valueRange[0].toPrecision(3);
    $('scale-high').textContent = boundary.valueRange[1].toPrecision(3);
  }
  showPlane(created.view, created.classes);
  chart.clear();
  showDownloads(created.id);
  run = { id: created.id, token, events: new EventSource(`/api/runs/${created.id}/events`), latest: null,
    view: created.view, classes: created.classes };
  const mine = run;
  mine.events.addEventListener('epoch', message => onEpoch(mine, JSON.parse(message.data)));
  mine.events.addEventListener('stopped', message => {
    mine.events.close();
    setPlaying(false);
    showError(new Error(message.data));
  });
  if (currentSpeed() > 0) {
    await api('POST', `/api/runs/${created.id}/speed?epochsPerSecond=${currentSpeed()}`);
  }
  $('stopped').hidden = true;
  if (playing) {
    await api('POST', `/api/runs/${created.id}/play`);
  }
}

async function closeRun() {
  if (run) {
    run.events.close();
    const id = run.id;
    run = null;
    await api('DELETE', `/api/runs/${id}`);
  }
}

function onEpoch(source, epoch) {
  if (source !== run) {
    return;
  }
  if (epoch.epoch === 0) {
    chart.clear();
  }
  chart.add(epoch.epoch, epoch.trainLoss, epoch.testLoss);
  const first = source.latest === null;
  source.latest = epoch;
  if (epoch.network) {
    source.picture = epoch;
  }
  if (epoch.stopped) {
    setPlaying(false);
    $('stopped').textContent = epoch.stopped;
  }
  $('stopped').hidden = !epoch.stopped;
  if (first) {
    redraw();
  } else if (!source.drawing) {
    source.drawing = true;
    requestAnimationFrame(() => {
      source.drawing = false;
      redraw();
    });
  }
  if (source.token === changes && document.body.dataset.status !== 'error') {
    document.body.dataset.status = 'ready';
  }
}

/** Shows the latest epoch: its numbers, the curves and the heat map. */
function redraw() {
  const epoch = run && run.latest;
  if (!epoch) {
    return;
  }
  $('epoch').textContent = epoch.epoch.toLocaleString('en');
  $('train-loss').textContent = epoch.trainLoss.toFixed(3);
  $('test-loss').textContent = epoch.testLoss.toFixed(3);
  $('validation-row').hidden = epoch.validationLoss === null;
  $('validation-loss').textContent = epoch.validationLoss === null ? '' : epoch.validationLoss.toFixed(3);
  chart.draw();
  boundary.draw(epoch.boundary, $('show-test').checked, epoch.testClasses);
  showTestClasses(epoch.testClasses, boundary.points.test, $('boundary'));
  showConfusion($('confusion'), run.classes, boundary.points.test, run.view ? null : epoch.testClasses);
  $('boundary').dataset.epoch = epoch.epoch;
  // the neuron maps and edges are drawn for the synthetic data sets' plane and one output; an upload shows none
  $('network-view').hidden = Boolean(spec.upload);
  if (run.picture && !spec.upload) {
    networkView.show(run.picture, spec);
    networkView.alignAbove($('layers'));
  }
}

/** Shows the plane (PlaneView, or null: none, for an upload without two features) and the class colours. */
function showPlane(view, classes) {
  $('plane').hidden = view === null;
  if (view !== null) {
    boundary.setView(view, classes.length);
  }
  const upload = spec.upload && view !== null;
  $('plane-axes').textContent = upload ? `across: ${view.x} (${view.xMin.toPrecision(3)} to ${view.xMax.toPrecision(3)}), `
    + `up: ${view.y} (${view.yMin.toPrecision(3)} to ${view.yMax.toPrecision(3)})` : '';
  document.querySelector('.scale').hidden = classes.length > 2;
  $('two-colour-hint').hidden = classes.length > 2;
  $('class-colour-hint').hidden = classes.length <= 2;
  showClassLegend($('class-legend'), classes);
}

function setPlaying(value) {
  playing = value;
  $('play').innerHTML = playing ? '&#x275A;&#x275A;' : '&#x25B6;';
  $('play').title = playing ? 'Pause' : 'Train epoch after epoch';
}

/** Shows the spec in the controls. */
function render() {
  if (spec.dataset === undefined) {
    return; // before the server's first answer only the link's fields are known
  }
  choose($('dataset'), spec.dataset);
  choose($('problem'), spec.problem);
  choose($('activation'), spec.activation);
  choose($('learning-rate'), spec.learningRate);
  choose($('regularization'), spec.regularization);
  choose($('regularization-rate'), spec.regularizationRate);
  $('regularization-rate').disabled = spec.regularization === 'none';
  for (const [id, key] of [['noise', 'noise'], ['train-percent', 'trainPercent'], ['batch-size', 'batchSize']]) {
    $(id).value = spec[key];
    $(`${id}-value`).textContent = spec[key];
  }
  for (const [id] of FEATURES) {
    $(`feature-${id}`).setAttribute('aria-pressed', String(spec.features.includes(id)));
  }
  renderLayers();
  renderControls(spec);
  renderUpload(spec, change).catch(showError);
}

function renderLayers() {
  const layers = spec.hiddenLayers;
  $('layer-count').textContent = layers.length;
  $('add-layer').disabled = layers.length >= MAX_LAYERS;
  $('remove-layer').disabled = layers.length === 0;
  $('layers').replaceChildren(...layers.map((width, i) => {
    const column = document.createElement('div');
    column.className = 'layer';
    const button = (text, id, title, disabled, edit) => {
      const b = document.createElement('button');
      b.textContent = text;
      b.id = id;
      b.title = title;
      b.disabled = disabled;
      b.addEventListener('click', () => change(s => edit(s.hiddenLayers)));
      return b;
    };
    const count = document.createElement('span');
    count.innerHTML = `<span id="layer-${i}-width">${width}</span> neurons`;
    column.append(
      button('+', `layer-${i}-add`, 'One more neuron', width >= MAX_WIDTH, l => { l[i] += 1; }),
      button('\u2212', `layer-${i}-remove`, 'One neuron fewer', width <= 1, l => { l[i] -= 1; }),
      count);
    return column;
  }));
  networkView.alignAbove($('layers'));
}

function setUp() {
  $('features').replaceChildren(...FEATURES.map(([id, label]) => {
    const b = document.createElement('button');
    b.id = `feature-${id}`;
    b.textContent = label;
    b.title = 'Use this feature as an input (at least one stays on)';
    b.addEventListener('click', () => {
      const on = spec.features.includes(id);
      if (on && spec.features.length === 1) {
        return;
      }
      change(s => {
        s.features = on ? s.features.filter(f => f !== id)
          : FEATURES.map(([f]) => f).filter(f => f === id || s.features.includes(f));
      });
    });
    return b;
  }));
  const onChange = (id, edit) => $(id).addEventListener('change', event => change(s => edit(s, event.target.value)));
  onChange('dataset', (s, v) => { s.dataset = v; s.problem = problemOf(v); s.upload = null; });
  onChange('problem', (s, v) => { s.problem = v; if (problemOf(s.dataset) !== v) s.dataset = DATASETS[v][0]; });
  onChange('activation', (s, v) => { s.activation = v; });
  onChange('learning-rate', (s, v) => { s.learningRate = Number(v); });
  onChange('regularization', (s, v) => {
    s.regularization = v;
    if (v === 'none') s.regularizationRate = 0;
  });
  onChange('regularization-rate', (s, v) => { s.regularizationRate = Number(v); });
  onChange('noise', (s, v) => { s.noise = Number(v); });
  onChange('train-percent', (s, v) => { s.trainPercent = Number(v); });
  onChange('batch-size', (s, v) => { s.batchSize = Number(v); });
  for (const id of ['noise', 'train-percent', 'batch-size']) {
    $(id).addEventListener('input', event => { $(`${id}-value`).textContent = event.target.value; });
  }
  $('add-layer').addEventListener('click', () => change(s => { s.hiddenLayers.push(NEW_LAYER_WIDTH); }));
  $('remove-layer').addEventListener('click', () => change(s => { s.hiddenLayers.pop(); }));
  $('play').addEventListener('click', () => {
    setPlaying(!playing);
    const action = playing ? 'play' : 'pause';
    enqueue(() => run && api('POST', `/api/runs/${run.id}/${action}`));
  });
  $('step').addEventListener('click', () => {
    setPlaying(false);
    enqueue(() => run && api('POST', `/api/runs/${run.id}/step`));
  });
  $('reset').addEventListener('click', () => {
    setPlaying(false);
    enqueue(() => run && api('POST', `/api/runs/${run.id}/reset`));
  });
  $('show-test').addEventListener('change', redraw);
  setUpControls(change, action => enqueue(() => run && api('POST', `/api/runs/${run.id}/${action}`)));
  setUpUpload(change, showError, problemOf);
  // a closed page closes its stream, which stops the run; deleting it frees the server at once
  addEventListener('pagehide', () => {
    if (run) {
      run.events.close();
      fetch(`/api/runs/${run.id}`, { method: 'DELETE', keepalive: true });
      run = null;
    }
  });
  const token = ++changes;
  enqueue(() => restart(token));
}

setUp();
