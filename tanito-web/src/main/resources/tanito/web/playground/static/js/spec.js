// The page's state is the server's PlaygroundSpec as JSON; the URL holds it as PlaygroundSpec.toQuery() writes it.

const NUMBERS = ['noise', 'trainPercent', 'batchSize', 'learningRate', 'regularizationRate', 'seed',
  'momentum', 'beta1', 'beta2', 'dropout', 'patience'];
const BOOLEANS = ['restoreBest'];
const LISTS = { features: String, hiddenLayers: Number };

/**
 * The spec named by a query string such as "?dataset=spiral&hiddenLayers=8%2C8": fields left out are
 * left out here too (the server fills in its defaults); values that are not numbers are passed on as
 * text so that the server's message names them.
 */
export function specFromQuery(search) {
  const spec = {};
  for (const [key, value] of new URLSearchParams(search)) {
    if (NUMBERS.includes(key)) {
      spec[key] = value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
    } else if (BOOLEANS.includes(key) && (value === 'true' || value === 'false')) {
      spec[key] = value === 'true';
    } else if (key in LISTS) {
      spec[key] = value.split(',').map(item => item.trim()).filter(item => item !== '').map(LISTS[key]);
    } else {
      spec[key] = value;
    }
  }
  return withUpload(spec);
}

/** Gathers a link's upload, target and columns into spec.upload, as PlaygroundSpec has them. */
function withUpload(spec) {
  if (spec.upload !== undefined) {
    const columns = (spec.columns || '').split(',').map(c => c.trim()).filter(c => c !== '');
    spec.upload = { id: spec.upload, target: spec.target || null, columns };
  }
  delete spec.target;
  delete spec.columns;
  return spec;
}

/** The data sets of each problem type, the first being the one a change of problem type picks. */
export const DATASETS = {
  classification: ['circle', 'xor', 'gaussians', 'spiral'],
  regression: ['plane', 'multi-gaussian'],
};

export function problemOf(dataset) {
  return DATASETS.regression.includes(dataset) ? 'regression' : 'classification';
}

/** The input features, by id and label, in the playground's order. */
export const FEATURES = [
  ['x1', 'x₁'], ['x2', 'x₂'], ['x1sq', 'x₁²'], ['x2sq', 'x₂²'], ['x1x2', 'x₁·x₂'], ['sinx1', 'sin x₁'], ['sinx2', 'sin x₂'],
];

export const MAX_LAYERS = 8;
export const MAX_WIDTH = 64;
/** The width of a newly added hidden layer, as in TensorFlow Playground. */
export const NEW_LAYER_WIDTH = 2;
