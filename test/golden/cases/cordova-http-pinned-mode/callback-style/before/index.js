/* global cordova */
'use strict';

var API_ROOT = 'https://api.harborlogistics.example.com';

var app = {
  initialize: function () {
    document.addEventListener('deviceready', this.onDeviceReady.bind(this), false);
  },

  onDeviceReady: function () {
    var http = cordova.plugin.http;
    // Certificates are in www/certificates/harbor_api.cer
    http.setServerTrustMode('pinned', function () {
      console.log('TLS pinning enabled');
      app.loadManifest();
    }, function (error) {
      console.error('Could not enable pinning: ' + error);
    });
  },

  loadManifest: function () {
    cordova.plugin.http.get(API_ROOT + '/v1/manifests/today', {}, {}, function (response) {
      console.log(response.status);
    }, function (response) {
      console.error(response.error);
    });
  },
};

app.initialize();
