// The controls beyond TensorFlow Playground's: optimiser and its hyper-parameters, dropout, early stopping,
// epoch order, the seed (new data and new first weights), and the speed. All but the speed are part of the
// spec (and so of the URL); the speed only changes how fast the run is watched, so it is a control of the run.

const $ = id => document.getElementById(id);

/** Which optimisers take which of the page's hyper-parameters (the server refuses the others, naming them). */
const TAKES = {
  momentum: ['sgd', 'momentum', 'nesterov', 'rmsprop'],
  beta1: ['adam', 'adamw', 'nadam', 'adamax'],
  beta2: ['adam', 'adamw', 'nadam', 'adamax'],
};
/** The largest seed a new one is drawn below: small enough to read and to type. */
const SEEDS = 100000;

let speed = 0; // epochs per second, 0: as fast as it goes

/** Sets a select's value, adding the option if a link named a value the list lacks. */
export function choose(select, value) {
  const text = String(value);
  if (![...select.options].some(option => option.value === text)) {
    select.add(new Option(text, text));
  }
  select.value = text;
}

/** Shows the spec's extra settings in their controls. */
export function renderControls(spec) {
  choose($('optimizer'), spec.optimizer);
  for (const key of Object.keys(TAKES)) {
    const applies = TAKES[key].includes(spec.optimizer);
    $(`${key}-field`).hidden = !applies;
    choose($(key), spec[key] === null || spec[key] === undefined ? 'default' : spec[key]);
  }
  choose($('dropout'), spec.dropout);
  choose($('patience'), spec.patience);
  $('restore-best').checked = spec.restoreBest;
  $('restore-best').disabled = spec.patience === 0;
  choose($('order'), spec.order);
  $('seed').textContent = spec.seed;
}

/**
 * Wires the controls: `change(edit)` applies an edit to the spec and replaces the run; `post(action)` sends
 * a control to the current run (if any).
 */
export function setUpControls(change, post) {
  $('optimizer').addEventListener('change', event => change(s => {
    s.optimizer = event.target.value;
    for (const key of Object.keys(TAKES)) {
      if (!TAKES[key].includes(s.optimizer)) s[key] = null; // the new optimiser's default
    }
  }));
  for (const key of Object.keys(TAKES)) {
    $(key).addEventListener('change', event => change(s => {
      s[key] = event.target.value === 'default' ? null : Number(event.target.value);
    }));
  }
  $('dropout').addEventListener('change', event => change(s => { s.dropout = Number(event.target.value); }));
  $('patience').addEventListener('change', event => change(s => {
    const before = s.patience;
    s.patience = Number(event.target.value);
    if (s.patience === 0) {
      s.restoreBest = false; // only early stopping restores
    } else if (before === 0) {
      s.restoreBest = true; // turning early stopping on: keep the best weights unless asked otherwise
    }
  }));
  $('restore-best').addEventListener('change', event => change(s => { s.restoreBest = event.target.checked; }));
  $('order').addEventListener('change', event => change(s => { s.order = event.target.value; }));
  $('regenerate').addEventListener('click', () => change(s => {
    let seed;
    do {
      seed = Math.floor(Math.random() * SEEDS);
    } while (seed === s.seed);
    s.seed = seed;
  }));
  $('speed').addEventListener('change', event => {
    speed = Number(event.target.value);
    post(`speed?epochsPerSecond=${speed}`);
  });
}

/** The speed to give a new run. */
export function currentSpeed() {
  return speed;
}
