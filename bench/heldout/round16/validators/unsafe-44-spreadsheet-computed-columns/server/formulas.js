function compileFormula(formula) {
  return new Function("row", "Math", `with (row) { return (${formula}); }`);
}

module.exports = { compileFormula };
