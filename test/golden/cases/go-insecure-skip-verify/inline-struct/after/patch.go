package upstream

import (
	"crypto/tls"
	"net/http"
)

// PatchDefaultTransport disables verification for every client of the process.
func PatchDefaultTransport() {
	http.DefaultTransport.(*http.Transport).TLSClientConfig = &tls.Config{}
}

func benchConfig(name string) *tls.Config {
	return &tls.Config{ServerName: name, MinVersion: tls.VersionTLS13}
}
