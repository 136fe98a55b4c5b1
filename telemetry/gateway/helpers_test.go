package gateway_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"testing"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/ethereum/go-ethereum/common"
)

// getJSON GETs url and decodes a 200's body as T; any other status is returned with no body, a failed request or an
// undecodable 200 fails the test.
func getJSON[T any](t *testing.T, url string) (*T, int) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, resp.StatusCode
	}
	var v T
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
		t.Fatal(err)
	}
	return &v, resp.StatusCode
}

// mustGetJSON is getJSON of an answer that must be 200.
func mustGetJSON[T any](t *testing.T, url string) *T {
	t.Helper()
	v, st := getJSON[T](t, url)
	if st != http.StatusOK {
		t.Fatalf("GET %s: HTTP %d", url, st)
	}
	return v
}

// getProof fetches the proof of reading idx of dev's batch seq from the gateway at addr.
func getProof(t *testing.T, addr string, dev common.Address, seq uint64, idx int) (*telemetry.Proof, int) {
	t.Helper()
	return getJSON[telemetry.Proof](t, fmt.Sprintf("http://%s/v1/proofs/%s/%d/%d", addr, dev, seq, idx))
}
