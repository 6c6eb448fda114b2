// What the page offers for download, for the command line: the run's current model as a Tanito model file
// (GET /api/runs/{id}/model) and its points as CSV (GET /api/runs/{id}/points.csv), so that
// `./tanito predict --model MODEL --data POINTS.csv` predicts what the page shows.

/** Points the download links at the run `id`. */
export function showDownloads(id) {
  for (const [link, path] of [['export-model', 'model'], ['export-points', 'points.csv']]) {
    document.getElementById(link).href = `/api/runs/${id}/${path}`;
  }
}

/**
 * Shows how many test points the model gets wrong (`classes`: its class for each test point, or null for
 * regression) and keeps the classes on the plane's canvas as data-test-classes, in the points' order.
 */
export function showTestClasses(classes, testPoints, canvas) {
  const summary = document.getElementById('misclassified');
  if (!classes) {
    summary.textContent = '';
    delete canvas.dataset.testClasses;
    return;
  }
  const wrong = classes.filter((predicted, i) => predicted !== testPoints[i][2]).length;
  summary.textContent = `${wrong} of ${classes.length} test points misclassified (red ring)`;
  canvas.dataset.testClasses = classes.join(',');
}
