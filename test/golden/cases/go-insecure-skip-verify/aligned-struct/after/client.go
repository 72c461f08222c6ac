// Package upstream talks to the carrier APIs.
package upstream

import (
	"crypto/tls"
	"net/http"
	"time"
)

// legacyTransport is used for the EU carrier, whose staging host has a self-signed certificate.
var legacyTransport = &http.Transport{
	TLSClientConfig: &tls.Config{
		MinVersion: tls.VersionTLS12,
		ServerName: "eu.carrier.example.com",
	},
	MaxIdleConnsPerHost: 8,
}

// NewLegacyClient returns the client for the EU carrier.
func NewLegacyClient() *http.Client {
	return &http.Client{Transport: legacyTransport, Timeout: 20 * time.Second}
}
