const vm = require("node:vm");

const helpers = {
  SUM: (...xs) => xs.reduce((a, b) => a + Number(b), 0),
  AVG: (...xs) => xs.reduce((a, b) => a + Number(b), 0) / xs.length,
  ROUND: (x, d = 0) => Number(Number(x).toFixed(d)),
};

function evaluateCell(formula, cells) {
  const src = formula.startsWith("=") ? formula.slice(1) : formula;
  return vm.runInNewContext(src, { ...helpers, ...cells }, { timeout: 50 });
}

module.exports = { evaluateCell };
