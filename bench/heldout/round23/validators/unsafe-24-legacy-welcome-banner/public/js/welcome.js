(function () {
  var name = decodeURIComponent(window.location.hash.slice(1) || 'friend')
  document.write('<div class="welcome"><h2>Welcome back, ' + name + '!</h2><p>Your dashboard is loading…</p></div>')
})()
