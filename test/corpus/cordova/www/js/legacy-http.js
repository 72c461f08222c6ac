/* global cordovaHTTP */
// cordova-HTTP 1.x, still used by the kiosk build.
(function (window) {
  'use strict';

  function configureKiosk(onReady) {
    cordovaHTTP.enableSSLPinning(true, function () { // ph-expect: cordova-http-pinned-mode
      onReady();
    }, function () {
      window.alert('Could not enable SSL pinning');
    });
  }

  function configureDemoUnit(onReady) {
    cordovaHTTP.acceptAllCerts(true, onReady, function (err) { // ph-expect: cordova-http-nocheck-mode
      console.error(err);
    });
  }

  function restoreDefaults(onReady) {
    cordovaHTTP.acceptAllCerts(false, function () {
      cordovaHTTP.enableSSLPinning(false, onReady, onReady);
    }, onReady);
  }

  function legacyMode(done) {
    // Old plugin versions (1.2) called it setSSLCertMode.
    window.cordova.plugin.http.setSSLCertMode('nocheck', done, done); // ph-expect: cordova-http-nocheck-mode
  }

  window.kioskHttp = { configureKiosk: configureKiosk, configureDemoUnit: configureDemoUnit, restoreDefaults: restoreDefaults, legacyMode: legacyMode };
})(window);
