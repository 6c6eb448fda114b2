// What the page shows of a classifier's test points when there is no plane to draw (not two features): the
// confusion matrix, rows the true class and columns the predicted one, as scikit-learn orders it.

/**
 * Fills `table` with the confusion matrix of the test points (`testPoints[i][2]` the true class index,
 * `testClasses[i]` the predicted one) over `classNames`; empties it for regression (testClasses null).
 */
export function showConfusion(table, classNames, testPoints, testClasses) {
  if (!testClasses || classNames.length === 0) {
    table.replaceChildren();
    return;
  }
  const counts = classNames.map(() => classNames.map(() => 0));
  testClasses.forEach((predicted, i) => { counts[testPoints[i][2]][predicted] += 1; });
  const cell = (tag, text, className) => {
    const element = document.createElement(tag);
    element.textContent = text;
    if (className) {
      element.className = className;
    }
    return element;
  };
  const header = document.createElement('tr');
  header.append(cell('th', 'true \u2193 predicted \u2192'), ...classNames.map(name => cell('th', name)));
  const rows = counts.map((row, t) => {
    const tr = document.createElement('tr');
    tr.append(cell('th', classNames[t]), ...row.map((n, p) => cell('td', String(n), p === t ? 'right' : n > 0 ? 'wrong' : '')));
    return tr;
  });
  table.replaceChildren(cell('caption', 'Test points: confusion matrix'), header, ...rows);
}
