package main

import (
	"crypto/tls"
	"flag"
	"fmt"
	"log"
)

func main() {
	addr := flag.String("addr", "api.example.com:443", "host:port to probe")
	insecure := flag.Bool("insecure", false, "skip certificate verification")
	flag.Parse()

	cfg := &tls.Config{ServerName: hostOnly(*addr), InsecureSkipVerify: *insecure}
	conn, err := tls.Dial("tcp", *addr, cfg)
	if err != nil {
		log.Fatalf("dial: %v", err)
	}
	defer conn.Close()
	state := conn.ConnectionState()
	for _, cert := range state.PeerCertificates {
		fmt.Println(cert.Subject.CommonName, cert.NotAfter)
	}

	// The bench rig re-uses the same config with verification off.
	bench := cfg.Clone()
	bench.InsecureSkipVerify = true // ph-expect: go-insecure-skip-verify
	_ = bench
}

func hostOnly(addr string) string {
	for i := len(addr) - 1; i >= 0; i-- {
		if addr[i] == ':' {
			return addr[:i]
		}
	}
	return addr
}
