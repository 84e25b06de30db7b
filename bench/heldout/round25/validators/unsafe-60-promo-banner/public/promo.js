var promo = decodeURIComponent(window.location.hash.slice(1));
if (promo) {
  document.write('<div class="promo-banner">Use code <b>' + promo + '</b> at checkout!</div>');
}
