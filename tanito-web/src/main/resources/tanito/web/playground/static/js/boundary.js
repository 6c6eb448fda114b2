// The output's heat map over the plane (the data sets' [-extent, extent]², or an upload's own ranges) with the
// training and test points on top.

const ORANGE = [245, 147, 34];
const NEUTRAL = [232, 234, 235];
const BLUE = [8, 119, 189];
const HEAT_ALPHA = 150;
/** The colours of classes when there are more than two (class i gets PALETTE[i]). */
const PALETTE = [[245, 147, 34], [8, 119, 189], [76, 175, 80], [171, 71, 188], [229, 57, 53], [0, 172, 193],
  [255, 202, 40], [121, 85, 72], [96, 125, 139], [236, 64, 122]];

/** The colour of t in [0, 1]: orange at 0 (class 0, negative), light grey at 0.5, blue at 1 (class 1, positive). */
export function colour(t) {
  const clamped = Math.min(1, Math.max(0, t));
  const [from, to, s] = clamped < 0.5 ? [ORANGE, NEUTRAL, clamped * 2] : [NEUTRAL, BLUE, clamped * 2 - 1];
  return from.map((channel, i) => Math.round(channel + (to[i] - channel) * s));
}

export class Boundary {
  /** grid: points per side of the server's boundary grid; extent: its half-width. */
  constructor(canvas, grid, extent) {
    this.canvas = canvas;
    this.grid = grid;
    this.extent = extent;
    this.cells = document.createElement('canvas');
    this.cells.width = grid;
    this.cells.height = grid;
    this.points = { train: [], test: [] };
    this.regression = false;
    this.valueRange = [-1, 1];
    this.values = null;
    this.view = { xMin: -extent, xMax: extent, yMin: -extent, yMax: extent };
    this.classCount = 2;
  }

  /** The plane's ranges (PlaneView: xMin, xMax, yMin, yMax) and the number of classes (0 for regression). */
  setView(view, classCount) {
    this.view = view;
    this.classCount = classCount;
  }

  /** A point of the plane on the canvas. */
  toCanvas(x, y) {
    const { xMin, xMax, yMin, yMax } = this.view;
    return [(x - xMin) / (xMax - xMin) * this.canvas.width, (yMax - y) / (yMax - yMin) * this.canvas.height];
  }

  /** The colour of an output or a target: a class's own colour for more than two classes, else the scale's. */
  paint(value) {
    return this.classCount > 2 ? PALETTE[value % PALETTE.length] : colour(this.shade(value));
  }

  setPoints(points, regression) {
    this.points = points;
    this.regression = regression;
    this.valueRange = [-1, 1];
  }

  /** The regression values shown from orange to blue (by default [-1, 1]). */
  setValueRange(low, high) {
    this.valueRange = high > low ? [low, high] : [low - 1, high + 1];
  }

  /**
   * Maps an output (a class-1 probability, or a regression value in about [low, high]: [-1, 1] for the data
   * sets, an upload's range of training targets) to [0, 1].
   */
  shade(value) {
    const [low, high] = this.valueRange;
    return this.regression ? (value - low) / (high - low) : value;
  }

  /**
   * Draws the output values (row-major from the top-left, or null for none yet) and the points; with the
   * test points, rings those whose predicted class (testClasses, or null) is wrong.
   */
  draw(values, showTest, testClasses) {
    if (values) {
      this.values = values;
    }
    const context = this.canvas.getContext('2d');
    const { width, height } = this.canvas;
    context.fillStyle = 'white';
    context.fillRect(0, 0, width, height);
    if (this.values) {
      const cells = this.cells.getContext('2d');
      const image = cells.createImageData(this.grid, this.grid);
      this.values.forEach((value, i) => {
        const [r, g, b] = this.paint(value);
        image.data.set([r, g, b, HEAT_ALPHA], 4 * i); // paler than the points, so that they stand out
      });
      cells.putImageData(image, 0, 0);
      context.imageSmoothingEnabled = true;
      // the grid's points are cell centres at the plane's edges, so the image spans half a cell beyond them
      const cell = width / (this.grid - 1);
      context.drawImage(this.cells, -cell / 2, -cell / 2, width + cell, height + cell);
    }
    this.drawPoints(context, this.points.train, 'white');
    if (showTest) {
      this.drawPoints(context, this.points.test, 'black');
      this.ringMisclassified(context, testClasses);
    }
  }

  /** Rings in red each test point whose predicted class (testClasses[i], or none for regression) is not its own. */
  ringMisclassified(context, testClasses) {
    if (!testClasses) {
      return;
    }
    context.lineWidth = 2;
    context.strokeStyle = 'red';
    this.points.test.forEach(([x1, x2, target], i) => {
      if (testClasses[i] !== target) {
        context.beginPath();
        context.arc(...this.toCanvas(x1, x2), 5.5, 0, 2 * Math.PI);
        context.stroke();
      }
    });
  }

  drawPoints(context, points, outline) {
    context.lineWidth = 1;
    context.strokeStyle = outline;
    for (const [x1, x2, target] of points) {
      const [r, g, b] = this.paint(target);
      context.fillStyle = `rgb(${r}, ${g}, ${b})`;
      context.beginPath();
      context.arc(...this.toCanvas(x1, x2), 3, 0, 2 * Math.PI);
      context.fill();
      context.stroke();
    }
  }
}

/** Fills `element` with each class's name in its colour (for more than two classes), or empties it. */
export function showClassLegend(element, classNames) {
  element.replaceChildren(...(classNames.length > 2 ? classNames : []).map((name, i) => {
    const span = document.createElement('span');
    span.textContent = name;
    span.style.setProperty('--colour', `rgb(${PALETTE[i % PALETTE.length].join(', ')})`);
    return span;
  }));
}
