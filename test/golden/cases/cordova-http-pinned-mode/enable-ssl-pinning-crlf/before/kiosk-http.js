/* global cordovaHTTP */
(function (window) {
  'use strict';

  function configureKiosk(onReady) {
    cordovaHTTP.enableSSLPinning(true, function () {
      onReady();
    }, function () {
      window.alert('Could not enable SSL pinning');
    });
  }

  window.kioskHttp = { configureKiosk: configureKiosk };
})(window);
