// The server's JSON API, number formatting and the colours shared by every view.

/** One colour per class (Tableau 10), the same in every chart. */
export const COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f',
  '#bcbd22', '#17becf'];

export async function get(path) {
  return answer(await fetch(path));
}

export async function post(path, body) {
  return answer(await fetch(path, {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(body)}));
}

async function answer(response) {
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.error || response.statusText);
  }
  return body;
}

/** Shows a message in the page's alert line; null hides it. */
export function showError(message) {
  const error = document.getElementById('error');
  error.textContent = message || '';
  error.hidden = !message;
}

/** Four significant digits, without trailing zeros; integers as they are. */
export function format(x) {
  if (x === null || x === undefined) {
    return '';
  }
  if (Number.isInteger(x)) {
    return String(x);
  }
  return String(Number(x.toPrecision(4)));
}

/** A percentage with one decimal. */
export function percent(x) {
  return (100 * x).toFixed(1) + '%';
}

/** An element with attributes and children (strings become text). */
export function element(tag, attributes = {}, ...children) {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'className') {
      e.className = value;
    } else {
      e.setAttribute(name, value);
    }
  }
  for (const child of children) {
    e.append(child instanceof Node ? child : String(child));
  }
  return e;
}

/** The chart on a canvas, replacing the one drawn there before; {@code shows} (e.g. the feature) goes in data-shows. */
export function chart(canvasId, shows, config) {
  const canvas = document.getElementById(canvasId);
  Chart.getChart(canvas)?.destroy();
  const drawn = new Chart(canvas, config);
  canvas.dataset.shows = shows;
  return drawn;
}

/** What a prediction says, in words: the class name or the value. */
export function said(prediction) {
  return prediction.className ?? format(prediction.value);
}
