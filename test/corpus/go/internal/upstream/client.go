// Package upstream talks to the carrier APIs that feed the mobile backend.
package upstream

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"net/http"
	"os"
	"time"
)

// Options configure the carrier client.
type Options struct {
	BaseURL  string
	Insecure bool
	CAFile   string
}

// NewCarrierClient returns a client for the carrier tracking API.
func NewCarrierClient(opts Options) (*http.Client, error) {
	tlsConfig := &tls.Config{MinVersion: tls.VersionTLS12}
	if opts.CAFile != "" {
		pem, err := os.ReadFile(opts.CAFile)
		if err != nil {
			return nil, fmt.Errorf("read CA: %w", err)
		}
		pool := x509.NewCertPool()
		pool.AppendCertsFromPEM(pem)
		tlsConfig.RootCAs = pool
	}
	// Operators opt in with --insecure; the value is not a literal.
	tlsConfig.InsecureSkipVerify = opts.Insecure
	return &http.Client{
		Timeout:   15 * time.Second,
		Transport: &http.Transport{TLSClientConfig: tlsConfig},
	}, nil
}

// legacyTransport is used for the EU carrier, whose staging host has a self-signed certificate.
var legacyTransport = &http.Transport{
	TLSClientConfig: &tls.Config{
		InsecureSkipVerify: true, // ph-expect: go-insecure-skip-verify
		MinVersion:         tls.VersionTLS12,
	},
	MaxIdleConnsPerHost: 8,
}

// NewLegacyClient returns the client for the EU carrier.
func NewLegacyClient() *http.Client {
	return &http.Client{Transport: legacyTransport, Timeout: 20 * time.Second}
}

// PatchDefaultTransport disables verification for every client of the process.
func PatchDefaultTransport() {
	http.DefaultTransport.(*http.Transport).TLSClientConfig = &tls.Config{InsecureSkipVerify: true} // ph-expect: go-insecure-skip-verify
}

// strictConfig is what production uses.
func strictConfig() *tls.Config {
	return &tls.Config{InsecureSkipVerify: false, MinVersion: tls.VersionTLS13}
}
