package indexer_test

import (
	"context"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
)

func TestMain(m *testing.M) { os.Exit(devnettest.Main(m)) }

// TestKillDuringBackfill runs `bevan indexer` and kills it with SIGKILL at random moments of the backfill (every
// other run once the checkpoint has moved a random number of blocks, the others after a random delay from the
// start: during start-up, migrations, a fetch or a commit), restarts it each time, and checks the finished database
// equals an uninterrupted run's.
func TestKillDuringBackfill(t *testing.T) {
	t.Parallel() // its own devnet and databases
	d, _ := activeDevnet(t, 150, "k")
	bin := devnettest.Bevan(t)
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			ref := indexOnce(t, testConfig(d.RPCURL(), d.Manifest, storetest.URL(t, kind)))
			db := storetest.URL(t, kind)
			rng := rand.New(rand.NewPCG(killSeed(t), 1))
			kills, progressed, byTime := 0, 0, 0
			last := uint64(0)
			for run := 0; ; run++ {
				if run > 200 {
					t.Fatal("the indexer never finished")
				}
				cmd := exec.Command(bin, "--log.level", "error", "indexer", "--rpc", d.RPCURL(), "--manifest", d.ManifestPath,
					"--db", db, "--http", "", "--exit-at-head", "--max-range", "1", "--concurrency", "2", "--poll-interval", "50ms")
				cmd.Stderr = os.Stderr
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				done := make(chan error, 1)
				go func() { done <- cmd.Wait() }()
				// kill once the checkpoint has moved a random number of blocks past where the last run left it, or
				// after a random delay
				step := uint64(1 + rng.IntN(25))
				timed := run%2 == 1
				delay := time.Duration(rng.IntN(60_000)) * time.Microsecond
				started := time.Now()
				killed := false
			poll:
				for {
					select {
					case err := <-done:
						if err != nil {
							t.Fatalf("bevan indexer: %v", err)
						}
						break poll
					case <-time.After(2 * time.Millisecond):
					}
					if (timed && time.Since(started) >= delay) || (!timed && checkpointOf(t, db) >= last+step) {
						_ = cmd.Process.Signal(syscall.SIGKILL)
						<-done
						killed = true
						break poll
					}
				}
				if killed {
					kills++
					if timed {
						byTime++
					}
					cp := checkpointOf(t, db)
					if cp > last {
						progressed++
					}
					last = cp
					continue
				}
				break
			}
			if kills == 0 || progressed == 0 {
				t.Fatalf("killed %d times, %d of them mid-backfill: the test did not exercise crashes", kills, progressed)
			}
			t.Logf("killed %d times (%d at a random moment, %d with progress) before the backfill finished", kills, byTime, progressed)
			if got := checksumOf(t, db); got != ref {
				t.Fatalf("after %d kills the checksum is %s, an uninterrupted run gives %s", kills, got, ref)
			}
		})
	}
}

func checkpointOf(t *testing.T, url string) uint64 {
	t.Helper()
	return storetest.Read(t, url, func(ctx context.Context, st store.Store) (uint64, error) {
		cp, _, err := st.Checkpoint(ctx)
		return cp.Number, err
	})
}

// killSeed seeds the random kill points: BEVAN_TEST_SEED replays a run, else the clock; logged either way so that a
// failure can be replayed.
func killSeed(t *testing.T) uint64 {
	t.Helper()
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv("BEVAN_TEST_SEED"); v != "" {
		var err error
		if seed, err = strconv.ParseUint(v, 10, 64); err != nil {
			t.Fatalf("BEVAN_TEST_SEED=%q: %v", v, err)
		}
	}
	t.Logf("kill points from seed %d (replay with BEVAN_TEST_SEED=%d)", seed, seed)
	return seed
}
