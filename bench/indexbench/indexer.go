package indexbench

import (
	"context"
	"encoding/json"
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

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/store"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5"
)

// Run is one measured backfill.
type Run struct {
	Name         string  `json:"name"`
	Events       int64   `json:"events"`
	Seconds      float64 `json:"seconds"`
	EventsPerSec float64 `json:"eventsPerSecond"`
	BlocksPerSec float64 `json:"blocksPerSecond"`
	PeakRSSMB    float64 `json:"peakRssMB,omitempty"`
}

// IndexerReport is what `bevan bench indexer` prints.
type IndexerReport struct {
	Events    int     `json:"events"`
	Blocks    uint64  `json:"blocks"`
	PerBlock  int     `json:"eventsPerBlock"`
	GenSecond float64 `json:"generateSeconds"`
	Raw       Run     `json:"raw"`
	Stores    []Run   `json:"stores"`
}

// Raw measures eth_getLogs + ABI decoding alone over the bench's blocks: ranges of rangeBlocks, `workers` at once.
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
	topic := abiCR.Events["ConsentGranted"].ID
	ranges := make(chan [2]uint64)
	var decoded atomic.Int64
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
					Addresses: []common.Address{c.Manifest.ConsentsAddress()}, Topics: [][]common.Hash{{topic}}})
				if err == nil {
					for _, l := range logs {
						if _, err = f.ParseConsentGranted(l); err != nil {
							break
						}
					}
					decoded.Add(int64(len(logs)))
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
	return Run{Name: fmt.Sprintf("raw eth_getLogs + decode (%d-block ranges, %d in flight)", rangeBlocks, workers), Events: decoded.Load(),
		Seconds: secs, EventsPerSec: float64(decoded.Load()) / secs, BlocksPerSec: float64(c.To-c.From+1) / secs}, nil
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
	run.Events = n[store.TableConsents]
	run.EventsPerSec = float64(run.Events) / secs
	if run.Events != int64(c.Events) {
		return run, fmt.Errorf("%s: indexed %d consents, the chain has %d", name, run.Events, c.Events)
	}
	return run, nil
}

// WriteJSON prints the report as one JSON object.
func (r *IndexerReport) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// WriteTable prints the report with the goals.
func (r *IndexerReport) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "%d ConsentGranted events in %d blocks (%d per block), generated in %.1f s\n\n", r.Events, r.Blocks, r.PerBlock, r.GenSecond)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "run\tevents\tseconds\tevents/s\tblocks/s\tpeak RSS MB\tgoal")
	fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.0f\t%.1f\t-\t(the raw limit)\n", r.Raw.Name, r.Raw.Events, r.Raw.Seconds, r.Raw.EventsPerSec, r.Raw.BlocksPerSec)
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
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.0f\t%.1f\t%.0f\t%s\n", s.Name, s.Events, s.Seconds, s.EventsPerSec, s.BlocksPerSec, s.PeakRSSMB, goal)
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
