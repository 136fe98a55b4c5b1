package stack_test

import (
	"context"
	"errors"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/devnet/stack"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/internal/redisproc"
	"github.com/bevan-health/bevan/metatx"
	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/relayer/client"
	"github.com/ethereum/go-ethereum/crypto"
)

// A stack with no Redis URL and no database starts its own redis-server, a relayer with the devnet's relayer key,
// and the indexer on a temporary SQLite index that Stop removes.
func TestStackStartsItsOwnRedisAndIndex(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	log := devnettest.Log()
	s, err := stack.New(devnettest.Config(t.TempDir()), log, stack.Options{
		Relayer: &stack.RelayerOptions{HTTPAddr: "127.0.0.1:0", Tune: func(c *relayer.Config) { c.Workers = 0 }},
		Indexer: &stack.IndexerOptions{HTTPAddr: "127.0.0.1:0"}})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if !s.Stopped() {
			_ = s.Stop(context.Background())
		}
	}()
	if err := s.Start(ctx); errors.Is(err, redisproc.ErrNotInstalled) {
		t.Fatalf("redis-server is not installed: %v", err)
	} else if err != nil {
		t.Fatal(err)
	}

	r := s.Relayer
	if r.Address() != devnet.DevAddress(devnet.RoleRelayer) || r.RedisURL() == "" || r.RedisURL() == "redis://127.0.0.1:6379/0" {
		t.Fatalf("relayer %s on Redis %q: want the devnet's relayer key on its own redis-server", r.Address(), r.RedisURL())
	}
	patient, _ := crypto.GenerateKey()
	cabi, _ := bindings.ConsentRegistryMetaData.GetAbi()
	guardian, _ := crypto.GenerateKey()
	data, err := cabi.Pack("appointGuardian", crypto.PubkeyToAddress(guardian.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	m := s.Manifest
	f, err := client.SignForward(patient, client.Domain{ChainID: new(big.Int).SetUint64(m.ChainID), Forwarder: m.ForwarderAddress(),
		Governor: m.GovernorAddress()}, &metatx.Request{From: crypto.PubkeyToAddress(patient.PublicKey), To: m.ConsentsAddress(),
		Value: new(big.Int), Nonce: new(big.Int), Gas: 300_000, Deadline: uint64(time.Now().Add(10 * time.Minute).Unix()), Data: data})
	if err != nil {
		t.Fatal(err)
	}
	// Without the devnet's app key the request is not sponsored; with it, it is.
	if _, err := client.New(r.URL(), nil).Forward(ctx, f); api.CodeOf(err) != api.CodeNotEligible {
		t.Fatalf("submission without the devnet's app key: %v, want %s", err, api.CodeNotEligible)
	}
	cl := client.New(r.URL(), nil)
	cl.AppKey = devnet.DevAppKey
	acc, err := cl.Forward(ctx, f)
	if err != nil || acc.Status != api.StateReceived {
		t.Fatalf("submission to the stack's relayer: %+v %v", acc, err)
	}

	ix := s.Indexer
	index := strings.TrimPrefix(ix.DB(), "sqlite://")
	if _, err := os.Stat(index); err != nil || filepath.Base(index) != "index-901.db" {
		t.Fatalf("temporary index %q: %v", ix.DB(), err)
	}
	res, err := http.Post(ix.GraphQLURL(), "application/json", strings.NewReader(`{"query":"{ __typename }"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || !strings.Contains(string(body), `"__typename":"Query"`) {
		t.Fatalf("GraphQL at %s: %d %s", ix.GraphQLURL(), res.StatusCode, body)
	}

	// One Prometheus registry per process: the relayer's /metrics and the indexer's serve both services' metrics.
	for url, want := range map[string][]string{r.URL() + "/metrics": {"bevan_relayer_requests_total", "bevan_indexer_head_block", "go_goroutines"},
		"http://" + ix.Addr() + "/metrics": {"bevan_relayer_requests_total", "bevan_indexer_head_block", "go_goroutines"}} {
		res, err := http.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		for _, w := range want {
			if !strings.Contains(string(body), w) {
				t.Fatalf("%s lacks %s", url, w)
			}
		}
	}

	// Without redis-server on PATH and no URL, building a relayer says so.
	t.Run("without redis-server", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		_, err := stack.NewRelayer(ctx, s.Devnet, stack.RelayerOptions{}, log)
		if !errors.Is(err, redisproc.ErrNotInstalled) {
			t.Fatalf("got %v, want ErrNotInstalled", err)
		}
	})

	if err := s.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Dir(index)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("temporary index %s left behind (%v)", index, err)
	}
}
