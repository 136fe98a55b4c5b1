package indexbench_test

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bench/indexbench"
	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func TestMain(m *testing.M) { os.Exit(devnettest.Main(m)) }

// TestIndexerBenchSmallChain runs `bevan bench indexer`'s steps on a small chain: the stand-in emitter must emit what
// a real ConsentRegistry.grant emits (the same events, in the same order, with the same indexed and data shapes),
// the raw fetch must decode every log, and the real `bevan indexer` must index every log into SQLite and PostgreSQL.
func TestIndexerBenchSmallChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	d := devnettest.Devnet(t)
	real := realGrantLogs(ctx, t, d)
	if len(real) != indexbench.LogsPerGrant {
		t.Fatalf("a real grant emitted %d logs, the bench assumes %d", len(real), indexbench.LogsPerGrant)
	}

	const grants, perBlock = 20, 7
	ch, err := indexbench.Generate(ctx, d, grants, perBlock)
	if err != nil {
		t.Fatal(err)
	}
	if ch.Grants != grants || ch.Logs != grants*indexbench.LogsPerGrant || ch.To-ch.From+1 != 3 {
		t.Fatalf("chain: %d grants, %d logs in blocks %d-%d; want %d grants in 3 blocks", ch.Grants, ch.Logs, ch.From, ch.To, grants)
	}
	logs, err := d.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(ch.From),
		ToBlock: new(big.Int).SetUint64(ch.To), Addresses: []common.Address{ch.Manifest.ConsentsAddress()}})
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != ch.Logs {
		t.Fatalf("the emitter's blocks hold %d logs, want %d", len(logs), ch.Logs)
	}
	for i := 0; i < len(logs); i += indexbench.LogsPerGrant {
		for k, want := range real {
			got := logs[i+k]
			if got.Topics[0] != want.Topics[0] || len(got.Topics) != len(want.Topics) || len(got.Data) != len(want.Data) {
				t.Fatalf("grant %d, log %d: topic0 %s with %d topics and %d data bytes; a real grant's is %s with %d and %d",
					i/indexbench.LogsPerGrant, k, got.Topics[0], len(got.Topics), len(got.Data), want.Topics[0], len(want.Topics), len(want.Data))
			}
		}
		// One token per grant: Transfer's tokenId, Locked's tokenId and ConsentGranted's consentId are the same id.
		id := logs[i].Topics[3]
		if !bytes.Equal(logs[i+1].Data, id.Bytes()) || logs[i+2].Topics[1] != id {
			t.Fatalf("grant %d: Transfer, Locked and ConsentGranted name different ids", i/indexbench.LogsPerGrant)
		}
	}

	raw, err := indexbench.Raw(ctx, ch, 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	if raw.Events != int64(ch.Logs) || raw.Consents != grants {
		t.Fatalf("raw: %d logs, %d consents; want %d, %d", raw.Events, raw.Consents, ch.Logs, grants)
	}

	bin := devnettest.Bevan(t)
	rep := &indexbench.IndexerReport{Events: ch.Logs, Grants: ch.Grants, Blocks: ch.To - ch.From + 1, PerBlock: perBlock * indexbench.LogsPerGrant, Raw: raw}
	for _, kind := range storetest.Kinds() {
		run, err := indexbench.Backfill(ctx, ch, bin, kind, storetest.URL(t, kind))
		if err != nil {
			t.Fatal(err) // Backfill fails when the store does not hold every grant and every log
		}
		if run.Events != int64(ch.Logs) || run.Consents != grants || run.EventsPerSec <= 0 {
			t.Fatalf("%s: %+v", kind, run)
		}
		rep.Stores = append(rep.Stores, run)
	}

	var table, js bytes.Buffer
	if err := rep.WriteTable(&table); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(table.String(), "60 events: 20 consent grants") {
		t.Errorf("the table does not say what it counts:\n%s", table.String())
	}
	if err := rep.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var back indexbench.IndexerReport
	if err := json.Unmarshal(js.Bytes(), &back); err != nil || back.Events != ch.Logs || back.Grants != grants || len(back.Stores) != 2 {
		t.Fatalf("JSON report %s: %v", js.String(), err)
	}
}

// realGrantLogs grants one consent on the devnet's real ConsentRegistry and returns the logs it emitted.
func realGrantLogs(ctx context.Context, t *testing.T, d *devnet.Devnet) []*types.Log {
	t.Helper()
	reg, err := bindings.NewConsentRegistry(d.Manifest.ConsentsAddress(), d.Client)
	if err != nil {
		t.Fatal(err)
	}
	patient := devnet.DevAddress(devnet.RolePatient)
	r := devnettest.Transact(t, ctx, d, devnet.RolePatient, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return reg.Grant(o, patient, devnet.DevAddress(devnet.RoleAgency), 1, 1, new(big.Int), [32]byte{1})
	})
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("the real grant reverted")
	}
	return r.Logs
}
