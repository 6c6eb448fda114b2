// The training and test loss per epoch as two lines on a small canvas, the y axis from 0 to the largest loss.

export class LossChart {
  constructor(canvas) {
    this.canvas = canvas;
    this.clear();
  }

  clear() {
    this.epochs = [];
    this.draw();
  }

  add(epoch, trainLoss, testLoss) {
    this.epochs.push({ epoch, trainLoss, testLoss });
  }

  draw() {
    const context = this.canvas.getContext('2d');
    const { width, height } = this.canvas;
    context.clearRect(0, 0, width, height);
    const finite = this.epochs.flatMap(e => [e.trainLoss, e.testLoss]).filter(Number.isFinite);
    if (this.epochs.length < 2 || finite.length === 0) {
      return;
    }
    const top = Math.max(...finite) || 1;
    const first = this.epochs[0].epoch;
    const span = Math.max(1, this.epochs[this.epochs.length - 1].epoch - first);
    const line = (key, colour) => {
      context.strokeStyle = colour;
      context.lineWidth = 1.5;
      context.beginPath();
      this.epochs.forEach((e, i) => {
        const x = (e.epoch - first) / span * (width - 2) + 1;
        const y = height - 2 - Math.min(1, e[key] / top) * (height - 14);
        i === 0 ? context.moveTo(x, y) : context.lineTo(x, y);
      });
      context.stroke();
    };
    line('trainLoss', '#999');
    line('testLoss', '#000');
    context.fillStyle = '#666';
    context.font = '10px sans-serif';
    context.fillText(`loss ${top.toFixed(3)}`, 3, 10);
    const last = `epochs ${first}\u2013${first + span}`;
    context.fillText(last, width - 3 - context.measureText(last).width, 10);
  }
}
