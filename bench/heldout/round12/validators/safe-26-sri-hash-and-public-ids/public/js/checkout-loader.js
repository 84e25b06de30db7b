(function () {
  var STRIPE_JS = "https://js.stripe.com/v3/";
  var CHART_JS = "https://cdn.jsdelivr.net/npm/chart.js@4.4.1/dist/chart.umd.min.js";
  var CHART_SRI = "sha384-Q8DqsWENptDgYVao4tVh4/ocUI9Xn3PZatuxILXpBkTfWiayqUbfOh+Oi9ePAh5O";
  var ANALYTICS_SITE_ID = "site_2f6c1d9e-4b7a-4c55-9e0d-8a1b3c5d7e9f";

  function loadScript(src, integrity) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.async = true;
      if (integrity) {
        s.integrity = integrity;
        s.crossOrigin = "anonymous";
      }
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  window.loadCheckout = function (publishableKey) {
    return loadScript(STRIPE_JS).then(function () {
      return window.Stripe(publishableKey);
    });
  };

  window.loadCharts = function () {
    return loadScript(CHART_JS, CHART_SRI);
  };

  window.plausibleSite = ANALYTICS_SITE_ID;
})();
