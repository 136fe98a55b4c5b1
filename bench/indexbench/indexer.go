package indexbench

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/bevan-health/bevan/bench"
	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/store"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5"
)

// Run is one measured backfill. Events counts every log fetched and decoded (or indexed): a grant's Transfer,
// Locked and ConsentGranted alike, LogsPerGrant per consent; Consents counts the grants.
type Run struct {
	Name           string  `json:"name"`
	Events         int64   `json:"events"`
	Consents       int64   `json:"consents"`
	Seconds        float64 `json:"seconds"`
	EventsPerSec   float64 `json:"eventsPerSecond"`
	ConsentsPerSec float64 `json:"consentsPerSecond"`
	BlocksPerSec   float64 `json:"blocksPerSecond"`
	PeakRSSMB      float64 `json:"peakRssMB,omitempty"`
}

// IndexerReport is what `bevan bench indexer` prints. Events are logs: each of the Grants emits LogsPerGrant.
type IndexerReport struct {
	Events    int     `json:"events"`
	Grants    int     `json:"grants"`
	Blocks    uint64  `json:"blocks"`
	PerBlock  int     `json:"eventsPerBlock"`
	GenSecond float64 `json:"generateSeconds"`
	Raw       Run     `json:"raw"`
	Stores    []Run   `json:"stores"`
}

// Raw measures eth_getLogs + ABI decoding alone over the bench's blocks (every log of the three kinds a grant emits,
// as the indexer asks for them): ranges of rangeBlocks, `workers` at once.
func Raw(ctx context.Context, c *Chain, rangeBlocks uint64, workers int) (Run, error) {
	cl, err := ethclient.DialContext(ctx, c.Devnet.RPCURL())
	if err != nil {
		return Run{}, err
	}
	defer cl.Close()
	f, err := bindings.NewConsentRegistryFilterer(c.Manifest.ConsentsAddress(), nil)
	if err != nil {
		return Run{}, err
	}
	abiCR, err := bindings.ConsentRegistryMetaData.GetAbi()
	if err != nil {
		return Run{}, err
	}
	transfer, locked, granted := abiCR.Events["Transfer"].ID, abiCR.Events["Locked"].ID, abiCR.Events["ConsentGranted"].ID
	ranges := make(chan [2]uint64)
	var decoded, consents atomic.Int64
	var firstErr error
	var once sync.Once
	var wg sync.WaitGroup
	start := time.Now()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range ranges {
				logs, err := cl.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(r[0]), ToBlock: new(big.Int).SetUint64(r[1]),
					Addresses: []common.Address{c.Manifest.ConsentsAddress()}, Topics: [][]common.Hash{{transfer, locked, granted}}})
				if err == nil {
					var n int64
					for _, l := range logs {
						switch l.Topics[0] {
						case transfer:
							_, err = f.ParseTransfer(l)
						case locked:
							_, err = f.ParseLocked(l)
						case granted:
							_, err = f.ParseConsentGranted(l)
							n++
						}
						if err != nil {
							break
						}
					}
					decoded.Add(int64(len(logs)))
					consents.Add(n)
				}
				if err != nil {
					once.Do(func() { firstErr = err })
				}
			}
		}()
	}
	for a := c.From; a <= c.To; a += rangeBlocks {
		ranges <- [2]uint64{a, min(a+rangeBlocks-1, c.To)}
	}
	close(ranges)
	wg.Wait()
	if firstErr != nil {
		return Run{}, fmt.Errorf("raw eth_getLogs: %w", firstErr)
	}
	secs := time.Since(start).Seconds()
	run := Run{Name: fmt.Sprintf("raw eth_getLogs + decode (%d-block ranges, %d in flight)", rangeBlocks, workers), Events: decoded.Load(),
		Consents: consents.Load(), Seconds: secs, EventsPerSec: float64(decoded.Load()) / secs,
		ConsentsPerSec: float64(consents.Load()) / secs, BlocksPerSec: float64(c.To-c.From+1) / secs}
	if run.Events != int64(c.Logs) || run.Consents != int64(c.Grants) {
		return run, fmt.Errorf("raw eth_getLogs: %d logs (%d grants), the chain has %d (%d)", run.Events, run.Consents, c.Logs, c.Grants)
	}
	return run, nil
}

// watchPeakRSS follows a process's peak resident set (VmHWM in /proc/PID/status, kB) until the returned function is
// called once the process has exited, and returns the last value read (0 where /proc is not there). The wait4
// rusage (ru_maxrss) cannot be used: Linux carries the resident set of the memory the child shared with this process
// before exec (Go starts children with CLONE_VM) into it, so it reported this bench process's size — 474 MB for an
// indexer whose own peak was about 100 MB. Reading every 50 ms may miss growth in the last 50 ms of a run.
func watchPeakRSS(pid int) func() uint64 {
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	path := fmt.Sprintf("/proc/%d/status", pid)
	go func() {
		defer close(done)
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			if kb, ok := vmHWM(path); ok && kb > peak.Load() {
				peak.Store(kb)
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(stop)
		<-done
		return peak.Load()
	}
}

// vmHWM reads the VmHWM line of a /proc/PID/status file (absent once the process has exited).
func vmHWM(path string) (uint64, bool) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb, err == nil
		}
	}
	return 0, false
}

// Backfill runs the real `bevan indexer --exit-at-head` (bin) into db and measures it, peak RSS included.
func Backfill(ctx context.Context, c *Chain, bin, name, db string, extra ...string) (Run, error) {
	dir, err := os.MkdirTemp("", "bevan-bench-manifest-")
	if err != nil {
		return Run{}, err
	}
	defer os.RemoveAll(dir)
	mpath := filepath.Join(dir, "manifest.json")
	if err := c.Manifest.Save(mpath); err != nil {
		return Run{}, err
	}
	args := append([]string{"--log.level", "warn", "indexer", "--rpc", c.Devnet.RPCURL(), "--manifest", mpath, "--db", db,
		"--http", "", "--exit-at-head"}, extra...)
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return Run{}, fmt.Errorf("bevan indexer (%s): %w", name, err)
	}
	peak := watchPeakRSS(cmd.Process.Pid)
	err = cmd.Wait()
	peakKB := peak()
	if err != nil {
		return Run{}, fmt.Errorf("bevan indexer (%s): %w", name, err)
	}
	secs := time.Since(start).Seconds()
	run := Run{Name: name, Seconds: secs, BlocksPerSec: float64(c.To-c.From+1) / secs, PeakRSSMB: float64(peakKB) / 1024}
	st, err := store.Open(ctx, db)
	if err != nil {
		return run, err
	}
	defer st.Close()
	n, err := st.Counts(ctx)
	if err != nil {
		return run, err
	}
	// Each grant is one consents row (its ConsentGranted) and two contract_events rows (its Transfer and Locked).
	run.Consents = n[store.TableConsents]
	run.Events = run.Consents + n[store.TableContractEvents]
	run.EventsPerSec = float64(run.Events) / secs
	run.ConsentsPerSec = float64(run.Consents) / secs
	if run.Consents != int64(c.Grants) || run.Events != int64(c.Logs) {
		return run, fmt.Errorf("%s: indexed %d consents and %d logs, the chain has %d and %d", name, run.Consents, run.Events, c.Grants, c.Logs)
	}
	return run, nil
}

// WriteJSON prints the report as one JSON object.
func (r *IndexerReport) WriteJSON(w io.Writer) error { return bench.WriteJSON(w, r) }

// WriteTable prints the report with the goals.
func (r *IndexerReport) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "%d events: %d consent grants, each emitting what a real grant emits (Transfer, Locked, ConsentGranted),\n"+
		"in %d blocks (%d events per block), generated in %.1f s. events/s counts every log indexed, all three kinds;\n"+
		"consents/s counts grants (events/s ÷ %d).\n\n", r.Events, r.Grants, r.Blocks, r.PerBlock, r.GenSecond, LogsPerGrant)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "run\tevents\tseconds\tevents/s\tconsents/s\tblocks/s\tpeak RSS MB\tgoal")
	fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.0f\t%.0f\t%.1f\t-\t(the raw limit)\n", r.Raw.Name, r.Raw.Events, r.Raw.Seconds, r.Raw.EventsPerSec, r.Raw.ConsentsPerSec, r.Raw.BlocksPerSec)
	for _, s := range r.Stores {
		goal := "≥ 20,000 events/s and ≥ half the raw limit: "
		if s.EventsPerSec >= 20_000 && s.EventsPerSec >= r.Raw.EventsPerSec/2 {
			goal += "met"
		} else {
			goal += "missed"
		}
		if r.Events >= 1_000_000 {
			if s.PeakRSSMB <= 300 {
				goal += "; RSS ≤ 300 MB: met"
			} else {
				goal += "; RSS ≤ 300 MB: missed"
			}
		}
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.0f\t%.0f\t%.1f\t%.0f\t%s\n", s.Name, s.Events, s.Seconds, s.EventsPerSec, s.ConsentsPerSec, s.BlocksPerSec, s.PeakRSSMB, goal)
	}
	return tw.Flush()
}

// PostgresSchema creates a scratch schema on the server at base and returns a URL selecting it and a drop function.
func PostgresSchema(ctx context.Context, base string) (string, func(), error) {
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		return "", nil, fmt.Errorf("postgres %s: %w", base, err)
	}
	defer conn.Close(ctx)
	name := fmt.Sprintf("bevan_bench_%d", time.Now().UnixNano())
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+name); err != nil {
		return "", nil, fmt.Errorf("create schema: %w", err)
	}
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	drop := func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if c, err := pgx.Connect(ctx, base); err == nil {
			_, _ = c.Exec(ctx, "DROP SCHEMA "+name+" CASCADE")
			_ = c.Close(ctx)
		}
	}
	return base + sep + "search_path=" + name, drop, nil
}
