/* global cordovaHTTP */
(function (window) {
  'use strict';

  function configureDemoUnit(onReady) {
    cordovaHTTP.acceptAllCerts(true, onReady, function (err) {
      console.error(err);
    });
  }

  window.demoHttp = { configureDemoUnit: configureDemoUnit };
})(window);
