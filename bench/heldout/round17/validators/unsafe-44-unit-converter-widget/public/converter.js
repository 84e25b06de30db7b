(function () {
  const params = new URLSearchParams(window.location.search);
  const out = document.getElementById("result");
  const input = document.getElementById("calc");

  function compute(expr) {
    try {
      return eval(expr);
    } catch (e) {
      return "error";
    }
  }

  const initial = params.get("calc");
  if (initial) {
    input.value = initial;
    out.textContent = String(compute(initial));
  }

  input.addEventListener("change", function () {
    out.textContent = String(compute(input.value));
  });
})();
