document.addEventListener('deviceready', function () {
  cordova.plugin.http.setServerTrustMode('nocheck', function () {
    console.log('trust mode set');
  }, function (error) {
    console.error('trust mode failed', error);
  });
  cordova.plugin.http.setRequestTimeout(20);
}, false);
