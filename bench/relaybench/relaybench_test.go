package relaybench

import (
	"context"
	"io"
	"log/slog"
	"os"
	"strconv"
	"testing"
	"time"
)

// TestRunSmall runs the benchmark small and checks its accounting (never its timings): every request is
// accepted and lands exactly once. BEVAN_BENCH_WALLETS / BEVAN_BENCH_ROUNDS run it bigger and print the report.
func TestRunSmall(t *testing.T) {
	url := "redis://127.0.0.1:6379/0"
	if os.Getenv("BEVAN_TEST_NO_REDIS") == "1" {
		url = "" // a redis-server child process
	}
	o := Options{Wallets: 30, Rounds: 2, Concurrency: 8, RedisURL: url, Timeout: 2 * time.Minute}
	if v, err := strconv.Atoi(os.Getenv("BEVAN_BENCH_WALLETS")); err == nil {
		o.Wallets = v
	}
	if v, err := strconv.Atoi(os.Getenv("BEVAN_BENCH_ROUNDS")); err == nil {
		o.Rounds = v
	}
	if v, err := strconv.Atoi(os.Getenv("BEVAN_BENCH_CONCURRENCY")); err == nil {
		o.Concurrency = v
	}
	if v, err := strconv.Atoi(os.Getenv("BEVAN_BENCH_WORKERS")); err == nil {
		o.Workers = v
	}
	if v, err := time.ParseDuration(os.Getenv("BEVAN_BENCH_RECEIPT_INTERVAL")); err == nil {
		o.ReceiptInterval = v
	}
	if v, err := time.ParseDuration(os.Getenv("BEVAN_BENCH_BLOCK_TIME")); err == nil {
		o.BlockTime = v
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	rep, err := Run(ctx, o, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		_ = rep.WriteTable(os.Stdout)
		_ = rep.WriteJSON(os.Stdout)
	}
	n := o.Wallets * o.Rounds
	if rep.Submitted != n || rep.Accepted != n || rep.Landed != n {
		t.Fatalf("submitted %d, accepted %d, landed %d, want %d each (rejected %v)", rep.Submitted, rep.Accepted, rep.Landed, n, rep.Rejected)
	}
	if rep.Lost != 0 || rep.Duplicated != 0 || rep.NonceGaps != 0 || rep.RelayerTxs != uint64(n) {
		t.Fatalf("lost %d, duplicated %d, nonce gaps %d, relayer txs %d", rep.Lost, rep.Duplicated, rep.NonceGaps, rep.RelayerTxs)
	}
}
