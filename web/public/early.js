/* global window, location, localStorage, fetch */
// A story page asks for its data at once, while the app's script is still loading (api.ts takes it over).
// Not inline in index.html: the server's Content-Security-Policy allows only script files of its own.
(function () {
  var m = /^\/story\/([^/]+)\/?$/.exec(location.pathname);
  if (!m) return;
  var token = null;
  try {
    token = localStorage.getItem('parallax.token');
  } catch {
    token = null;
  }
  var init = token ? { headers: { authorization: 'Bearer ' + token } } : undefined;
  window.__parallaxEarly = { path: '/api/stories/' + m[1], response: fetch('/api/stories/' + m[1], init).catch(function () { return null; }) };
})();
