// The user's own CSV: the file goes to POST /api/datasets (the server keeps it by its content hash and parses it
// with Tanito's CSV reader); the spec then names it as { id, target, columns }, and the controls here choose the
// target and the feature columns. Two feature columns show the decision boundary over them.

const MAX_BYTES = 10 * 1024 * 1024; // Uploads.MAX_BYTES
const $ = id => document.getElementById(id);
const described = new Map(); // upload id -> { id, columns, rows, target, problem, classes }

/**
 * Wires the upload controls: `change(edit)` edits the page's spec and restarts the run, `fail(error)` shows
 * a message, `problemOf(dataset)` the problem type of a data set (for leaving the upload). A file over the
 * limit is refused here, before it is sent, with the server's wording.
 */
export function setUpUpload(change, fail, problemOf) {
  $('upload-file').addEventListener('change', async event => {
    const file = event.target.files[0];
    event.target.value = '';
    if (!file) {
      return;
    }
    if (file.size > MAX_BYTES) {
      fail(new Error(`the file is too large: ${(file.size / 1048576).toFixed(1)} MB; `
        + 'the Playground takes CSV files of up to 10 MB'));
      return;
    }
    try {
      const response = await fetch('/api/datasets', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: file });
      const answer = await response.json();
      if (!response.ok) {
        throw new Error(answer.error);
      }
      described.set(answer.id, answer);
      change(s => {
        s.upload = { id: answer.id, target: answer.target, columns: answer.columns.filter(c => c !== answer.target) };
        s.problem = answer.problem;
      });
    } catch (error) {
      fail(error);
    }
  });
  $('upload-target').addEventListener('change', event => change(s => {
    const target = event.target.value;
    const columns = s.upload.columns.filter(c => c !== target);
    s.upload = { ...s.upload, target, columns: columns.length > 0 ? columns : others(s.upload.id, target) };
  }));
  $('upload-leave').addEventListener('click', () => change(s => { s.upload = null; s.problem = problemOf(s.dataset); }));
}

/** Shows the upload's column choices for `spec` (hidden when it names none); `change` edits the spec. */
export async function renderUpload(spec, change) {
  const upload = spec.upload;
  document.body.dataset.upload = String(Boolean(upload));
  $('upload-columns').hidden = !upload;
  if (!upload) {
    return;
  }
  const about = await describe(upload.id);
  if (!about) {
    return;
  }
  const target = upload.target || about.columns[about.columns.length - 1];
  $('upload-summary').textContent = `${about.rows.toLocaleString('en')} rows, ${about.columns.length} columns`;
  $('upload-target').replaceChildren(...about.columns.map(c => new Option(c, c, false, c === target)));
  const chosen = upload.columns.length > 0 ? upload.columns : about.columns.filter(c => c !== target);
  $('upload-features').replaceChildren(...about.columns.filter(c => c !== target).map(column => {
    const b = document.createElement('button');
    b.textContent = column;
    b.dataset.column = column;
    b.setAttribute('aria-pressed', String(chosen.includes(column)));
    b.addEventListener('click', () => {
      const on = chosen.includes(column);
      if (on && chosen.length === 1) {
        return;
      }
      change(s => {
        s.upload = { ...s.upload, columns: about.columns.filter(c => c === column ? !on : chosen.includes(c)) };
      });
    });
    return b;
  }));
}

async function describe(id) {
  if (!described.has(id)) {
    const response = await fetch(`/api/datasets/${id}`);
    if (!response.ok) {
      return null; // the run's creation says why
    }
    described.set(id, await response.json());
  }
  return described.get(id);
}

function others(id, target) {
  return described.get(id).columns.filter(c => c !== target);
}
