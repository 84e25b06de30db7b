var campaign = decodeURIComponent(location.hash.slice(1));
if (campaign) {
  document.write('<div class="campaign">You arrived from: ' + campaign + "</div>");
  document.write('<img src="/pixel.gif?c=' + encodeURIComponent(campaign) + '" width="1" height="1">');
}
