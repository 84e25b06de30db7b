const CHART_JS = "https://cdn.jsdelivr.net/npm/chart.js@4.4.1/dist/chart.umd.min.js";
const DATE_ADAPTER = "https://cdn.jsdelivr.net/npm/chartjs-adapter-date-fns@3.0.0/dist/chartjs-adapter-date-fns.bundle.min.js";

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = src;
    s.crossOrigin = "anonymous";
    s.onload = resolve;
    s.onerror = reject;
    document.head.appendChild(s);
  });
}

export async function drawSignups(canvas, points) {
  await loadScript(CHART_JS);
  await loadScript(DATE_ADAPTER);
  return new window.Chart(canvas, {
    type: "line",
    data: { datasets: [{ label: "Sign-ups", data: points }] },
    options: { scales: { x: { type: "time" } } },
  });
}

export const SUPPORT_LINK = "mailto:support@tallyhq.app?subject=Chart%20question";
