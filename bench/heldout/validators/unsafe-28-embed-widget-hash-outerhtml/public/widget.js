(function () {
  var params = new URLSearchParams(window.location.hash.slice(1));
  var title = decodeURIComponent(params.get('title') || 'Book a call');

  document.write('<div id="devora-widget"><h3>' + title + '</h3><div id="dw-body"></div></div>');

  window.addEventListener('message', function (event) {
    if (!event.data || event.data.type !== 'devora:greet') return;
    var body = document.getElementById('dw-body');
    body.outerHTML = '<div id="dw-body">Hello ' + event.data.name + '!</div>';
  });
})();
