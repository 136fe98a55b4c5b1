package relaybench

import (
	"context"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/bevan-health/bevan/internal/devnettest"
)

// TestRunSmall runs the benchmark small, open and closed loop, and checks its accounting (never its timings): every
// request is accepted and lands exactly once. BEVAN_BENCH_WALLETS / BEVAN_BENCH_ROUNDS / BEVAN_BENCH_RATE run it
// bigger and print the report.
func TestRunSmall(t *testing.T) {
	url := "redis://127.0.0.1:6379/0"
	if os.Getenv("BEVAN_TEST_NO_REDIS") == "1" {
		url = "" // a redis-server child process
	}
	o := Options{Wallets: 30, Rounds: 2, Rate: 200, Concurrency: 8, RedisURL: url, Timeout: 2 * time.Minute}
	if v, err := strconv.ParseFloat(os.Getenv("BEVAN_BENCH_RATE"), 64); err == nil {
		o.Rate = v
	}
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
	rep, err := Run(ctx, o, devnettest.Log())
	if err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		_ = rep.WriteTable(os.Stdout)
		_ = rep.WriteJSON(os.Stdout)
	}
	n := 2 * o.Wallets * o.Rounds // open loop, then closed loop on fresh wallets
	if rep.Submitted != n || rep.Accepted != n || rep.Landed != n {
		t.Fatalf("submitted %d, accepted %d, landed %d, want %d each (rejected %v, unanswered %d, reasons %v)", rep.Submitted,
			rep.Accepted, rep.Landed, n, rep.Rejected, rep.Unanswered, rep.Reasons)
	}
	if rep.Lost != 0 || rep.Duplicated != 0 || rep.NonceGaps != 0 || rep.RelayerTxs != uint64(n) || !rep.OK {
		t.Fatalf("lost %d, duplicated %d, nonce gaps %d, relayer txs %d, ok %v", rep.Lost, rep.Duplicated, rep.NonceGaps, rep.RelayerTxs, rep.OK)
	}
	if rep.AcceptedPerSec <= 0 || rep.ClosedLoopPerSec <= 0 || rep.AcceptP99Ms < rep.AcceptP50Ms {
		t.Fatalf("figures missing: %+v", rep)
	}
}

// Percentiles are by nearest rank: the p99 of ten values is the largest, not the ninth.
func TestPercentileNearestRank(t *testing.T) {
	xs := []float64{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}
	for _, c := range []struct{ p, want float64 }{{50, 5}, {90, 9}, {99, 10}, {100, 10}, {1, 1}} {
		if got := percentile(xs, c.p); got != c.want {
			t.Errorf("p%.0f of 1..10 = %v, want %v", c.p, got, c.want)
		}
	}
	if got := percentile(nil, 99); got != 0 {
		t.Errorf("p99 of nothing = %v", got)
	}
}

// A round that keeps up counts its schedule; one that falls behind counts to its last answer, less the allowance.
func TestRoundWindow(t *testing.T) {
	ms := time.Millisecond
	for _, c := range []struct {
		last, window, drain time.Duration
	}{
		{last: 3999*ms + 1400*time.Microsecond, window: 4000 * ms, drain: 400 * time.Microsecond}, // kept up: 1,000/s
		{last: 4020 * ms, window: 4000 * ms, drain: 20 * ms},                                      // at the allowance
		{last: 4500 * ms, window: 4480 * ms, drain: 500 * ms},                                     // fell behind: 893/s
		{last: 3000 * ms, window: 4000 * ms, drain: -1000 * ms},                                   // answered early
	} {
		window, drain := roundWindow(4000, ms, c.last, 20*ms)
		if window != c.window || drain != c.drain {
			t.Errorf("last answer at %s: window %s, drain %s; want %s, %s", c.last, window, drain, c.window, c.drain)
		}
	}
}
