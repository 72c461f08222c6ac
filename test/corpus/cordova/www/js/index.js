/* global cordova, device */
'use strict';

var API_ROOT = 'https://api.harborlogistics.example.com';

var app = {
  initialize: function () {
    document.addEventListener('deviceready', this.onDeviceReady.bind(this), false);
  },

  onDeviceReady: function () {
    var http = cordova.plugin.http;
    // Certificates are in www/certificates/harbor_api.cer and harbor_api_next.cer
    http.setServerTrustMode('pinned', function () { // ph-expect: cordova-http-pinned-mode
      console.log('TLS pinning enabled');
      app.loadManifest();
    }, function (error) {
      console.error('Could not enable pinning: ' + error);
    });
    http.setDataSerializer('json');
    http.setRequestTimeout(20);
  },

  loadManifest: function () {
    cordova.plugin.http.get(API_ROOT + '/v1/manifests/today', {}, { Accept: 'application/json' },
      function (response) {
        app.render(JSON.parse(response.data));
      },
      function (response) {
        console.error('manifest failed: ' + response.status + ' ' + response.error);
      });
  },

  render: function (manifest) {
    var list = document.getElementById('manifest');
    manifest.containers.forEach(function (c) {
      var li = document.createElement('li');
      li.textContent = c.id + ' - ' + c.destination + ' (' + device.platform + ')';
      list.appendChild(li);
    });
  },
};

app.initialize();
