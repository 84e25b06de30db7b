(function () {
  const form = document.querySelector("#tip-form");

  function loadSharedState() {
    if (!location.hash || location.hash.length < 2) return null;
    try {
      return eval("(" + decodeURIComponent(location.hash.slice(1)) + ")");
    } catch (e) {
      console.warn("bad shared state", e);
      return null;
    }
  }

  function applyState(state) {
    if (!state) return;
    form.bill.value = state.bill ?? "";
    form.tip.value = state.tip ?? 15;
    form.people.value = state.people ?? 1;
    form.dispatchEvent(new Event("input"));
  }

  document.querySelector("#share").addEventListener("click", () => {
    const state = { bill: form.bill.value, tip: form.tip.value, people: form.people.value };
    location.hash = encodeURIComponent(JSON.stringify(state));
    navigator.clipboard.writeText(location.href);
  });

  applyState(loadSharedState());
})();
