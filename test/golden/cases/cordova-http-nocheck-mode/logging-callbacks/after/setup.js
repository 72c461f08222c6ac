document.addEventListener('deviceready', function () {
  cordova.plugin.http.setRequestTimeout(20);
}, false);
