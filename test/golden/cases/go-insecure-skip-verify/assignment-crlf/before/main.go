package main

import (
	"crypto/tls"
	"log"
)

func main() {
	cfg := &tls.Config{ServerName: "api.example.com"}
	// The bench rig has no valid certificate.
	cfg.InsecureSkipVerify = true
	conn, err := tls.Dial("tcp", "api.example.com:443", cfg)
	if err != nil {
		log.Fatalf("dial: %v", err)
	}
	defer conn.Close()
}
