(function () {
  var campaign = decodeURIComponent(window.location.hash.slice(1)) || "direct";
  var ref = document.referrer ? encodeURIComponent(document.referrer) : "";

  document.write(
    '<img src="https://px.partnerhub.io/p.gif?c=' + campaign + "&r=" + ref + '" width="1" height="1" alt="" style="display:none">'
  );

  try {
    localStorage.setItem("last_campaign", campaign);
  } catch (e) {}
})();
