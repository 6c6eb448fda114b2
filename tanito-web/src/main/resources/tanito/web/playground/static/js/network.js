// The network as TensorFlow Playground draws it: a column of small heat maps per layer (the input features,
// each hidden layer, the output) and the weights on the edges between them, blue for positive and orange for
// negative, thicker for larger; hovering an edge shows its weight, hovering a neuron its bias.
import { colour } from './boundary.js';
import { FEATURES } from './spec.js';

const SVG = 'http://www.w3.org/2000/svg';
const BLUE = '#0877bd';
const ORANGE = '#f59322';
const MAP_GRID = 20;      // PlaygroundNetwork.GRID
const OUTPUT_GRID = 50;   // PlaygroundSession.GRID

/** Draws one map (row-major from the top left, grid x grid) on a canvas, v / max(1, max |v|) from orange -1 to blue +1. */
export function drawMap(canvas, values, grid) {
  const scale = Math.max(1, ...values.map(Math.abs));
  const image = canvas.getContext('2d').createImageData(grid, grid);
  values.forEach((value, i) => {
    const [r, g, b] = colour((value / scale + 1) / 2);
    image.data.set([r, g, b, 255], 4 * i);
  });
  canvas.width = grid;
  canvas.height = grid;
  canvas.getContext('2d').putImageData(image, 0, 0);
}

/** The width of an edge for a weight: 0.5 px for 0, growing with |w| up to 6 px. */
export function edgeWidth(weight) {
  return Math.min(6, 0.5 + 2 * Math.abs(weight));
}

export class NetworkView {
  /** container: an element to fill; tip: an element that shows the hovered edge's weight. */
  constructor(container, tip) {
    this.container = container;
    this.tip = tip;
    this.shape = '';
  }

  /** Shows an epoch's picture (PlaygroundEpoch with boundary and network) of a run of `spec`. */
  show(picture, spec) {
    const labels = [picture.network.maps[0].map((_, i) => {
      const feature = FEATURES.find(([id]) => id === spec.features[i]);
      return feature ? feature[1] : `input ${i + 1}`;
    })];
    picture.network.maps.slice(1).forEach((layer, l) => labels.push(layer.map((_, n) => `layer ${l + 1}, neuron ${n + 1}`)));
    labels.push(['output']);
    this.layout(labels);
    const regression = spec.problem === 'regression';
    this.draw(picture.network, MAP_GRID, picture.boundary.map(v => (regression ? v : 2 * v - 1)), OUTPUT_GRID);
    this.container.dataset.epoch = picture.epoch;
  }

  /**
   * Puts each child of `row` (the controls of a hidden layer) above its column, once the columns of that
   * many hidden layers are known; until then the row keeps its own layout.
   */
  alignAbove(row) {
    const layers = [...row.children];
    const centres = this.centres || [];
    const aligned = centres.length === layers.length + 2;
    row.classList.toggle('aligned', aligned);
    layers.forEach((layer, i) => {
      layer.style.left = aligned ? `${centres[i + 1] - layer.offsetWidth / 2}px` : '';
    });
  }

  /**
   * Lays out the columns for `labels` (one array of neuron labels per column, inputs first, output last),
   * keeping the layout when the shape is unchanged.
   */
  layout(labels) {
    const shape = JSON.stringify(labels);
    if (shape === this.shape) {
      return;
    }
    this.shape = shape;
    this.hovered = null;
    this.tip.hidden = true;
    const tallest = Math.max(...labels.map(column => column.length));
    const size = Math.max(10, Math.min(32, Math.floor(360 / tallest) - 6));
    const gap = Math.max(2, Math.min(8, size / 4));
    const width = this.container.clientWidth || 480;
    const step = labels.length > 1 ? (width - size - 70) / (labels.length - 1) : 0;
    const height = tallest * (size + gap) + 4;
    this.container.style.height = `${height}px`;
    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.setAttribute('width', width);
    this.svg.setAttribute('height', height);
    this.svg.classList.add('edges');
    this.neurons = labels.map((column, c) => column.map((label, n) => {
      const top = (height - column.length * (size + gap)) / 2 + n * (size + gap);
      return { x: 60 + c * step, y: top, label };
    }));
    this.canvases = this.neurons.map((column, c) => column.map(({ x, y, label }) => {
      const canvas = document.createElement('canvas');
      canvas.className = c === 0 ? 'neuron-map input' : 'neuron-map';
      canvas.style.cssText = `left:${x}px;top:${y}px;width:${size}px;height:${size}px`;
      canvas.title = label;
      return canvas;
    }));
    this.inputLabels = labels[0].map((label, n) => {
      const span = document.createElement('span');
      span.className = 'input-label';
      span.textContent = label;
      span.style.cssText = `top:${this.neurons[0][n].y + size / 2 - 8}px`;
      return span;
    });
    this.edges = [];
    for (let c = 0; c + 1 < this.neurons.length; c++) {
      this.edges.push(this.neurons[c].map(from => this.neurons[c + 1].map(to => this.edge(from, to, size))));
    }
    this.size = size;
    this.centres = this.neurons.map(column => column[0].x + size / 2);
    const output = this.neurons[this.neurons.length - 1][0];
    const outputLabel = document.createElement('span');
    outputLabel.className = 'output-label';
    outputLabel.textContent = 'output';
    outputLabel.style.cssText = `left:${output.x + size / 2 - 30}px;top:${output.y + size + 2}px`;
    this.container.replaceChildren(this.svg, ...this.canvases.flat(), ...this.inputLabels, outputLabel);
  }

  edge(from, to, size) {
    const path = document.createElementNS(SVG, 'path');
    const [x1, y1, x2, y2] = [from.x + size, from.y + size / 2, to.x, to.y + size / 2];
    const middle = (x1 + x2) / 2;
    path.setAttribute('d', `M${x1},${y1} C${middle},${y1} ${middle},${y2} ${x2},${y2}`);
    path.classList.add('edge');
    path.addEventListener('mouseover', event => this.showTip(event, path));
    path.addEventListener('mouseout', () => {
      this.tip.hidden = true;
      this.hovered = null;
    });
    this.svg.append(path);
    return path;
  }

  showTip(event, path) {
    this.hovered = path;
    this.tipText();
    const box = this.container.parentElement.getBoundingClientRect(); // the tip's positioned ancestor
    this.tip.style.left = `${event.clientX - box.left + 12}px`;
    this.tip.style.top = `${event.clientY - box.top - 30}px`; // above the pointer, off the edge's ends
    this.tip.hidden = false;
  }

  /** The hovered edge's weight, kept up to date while training changes it. */
  tipText() {
    const path = this.hovered;
    this.tip.textContent = `weight ${path.dataset.weight} (${path.dataset.from} \u2192 ${path.dataset.to})`;
  }

  /**
   * Draws a picture from the server (PlaygroundNetwork: maps, weights, biases), with the output map
   * `output` (grid outputGrid, already on the -1..1 scale) as the last column.
   */
  draw(network, mapGrid, output, outputGrid) {
    network.maps.forEach((column, c) => column.forEach((values, n) => drawMap(this.canvases[c][n], values, mapGrid)));
    drawMap(this.canvases[this.canvases.length - 1][0], output, outputGrid);
    network.biases.forEach((biases, layer) => biases.forEach((bias, n) => {
      const canvas = this.canvases[layer + 1][n];
      canvas.title = `${this.neurons[layer + 1][n].label}: bias ${bias.toFixed(3)}`;
    }));
    network.weights.forEach((matrix, layer) => matrix.forEach((row, i) => row.forEach((weight, j) => {
      const path = this.edges[layer][i][j];
      path.dataset.weight = weight.toFixed(3);
      path.dataset.from = this.neurons[layer][i].label;
      path.dataset.to = this.neurons[layer + 1][j].label;
      path.setAttribute('stroke', weight >= 0 ? BLUE : ORANGE);
      path.setAttribute('stroke-width', edgeWidth(weight));
    })));
    if (this.hovered) {
      this.tipText();
    }
  }
}
