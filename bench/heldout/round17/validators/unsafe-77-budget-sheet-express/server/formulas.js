function compileFormula(formula) {
  const body = formula.replace(/^=/, "");
  return new Function("row", "sum", `with (row) { return ${body}; }`);
}

module.exports = { compileFormula };
