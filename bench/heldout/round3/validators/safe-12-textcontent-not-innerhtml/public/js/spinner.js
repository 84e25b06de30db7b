export function showSpinner(el) {
  el.innerHTML = '<span class="spinner" aria-label="Loading"></span>';
}
