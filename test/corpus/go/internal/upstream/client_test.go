package upstream

import (
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestCarrierClientTrustsCAFile(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()

	// Use the test server's own client instead of:
	// client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	client := srv.Client()
	resp, err := client.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusNoContent {
		t.Fatalf("status %d", resp.StatusCode)
	}
	cfg := &tls.Config{InsecureSkipVerify: false}
	if cfg.InsecureSkipVerify == true {
		t.Fatal("config must verify")
	}
	t.Log("InsecureSkipVerify: true must never be used here")
}
