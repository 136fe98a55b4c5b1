// Package telebench measures the telemetry gateway on a fresh devnet: a fleet of simulated fridges signs batches
// beforehand, the batches are sent concurrently to one gateway (SQLite, the default store), which checks each
// (signature included) and keeps it durably before it answers; then the gateway anchors everything it took as one
// Merkle batch at its default batch size through the relayer. It reports readings per second and gas per reading
// next to the goals, and proves one reading against the chain. `bevan bench telemetry` runs it.
package telebench

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/bevan-health/bevan/bench"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/devnet/stack"
	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/gateway"
	"github.com/bevan-health/bevan/telemetry/sim"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Goals of issue 17.
const (
	GoalReadingsPerSecond = 10_000
	GoalGasPerReading     = 1.0
)

// Options configure a run.
type Options struct {
	Devices     int // simulated fridges
	Batches     int // batches per device
	Readings    int // readings per batch
	Concurrency int // connections sending batches
	AnvilBin    string
	RedisURL    string // empty: the devnet relayer's own redis-server
}

// DefaultOptions: 200 fridges × 10 batches × 100 readings (200,000 readings, a default-size anchor), 16 connections.
func DefaultOptions() Options {
	return Options{Devices: 200, Batches: 10, Readings: 100, Concurrency: 16}
}

// Report is what a run measured.
type Report struct {
	Devices               int     `json:"devices"`
	Batches               int     `json:"batches"`
	ReadingsPerBatch      int     `json:"readingsPerBatch"`
	Concurrency           int     `json:"concurrency"`
	Readings              int     `json:"readings"`
	Refused               int     `json:"refused"`
	Seconds               float64 `json:"seconds"`
	ReadingsPerSecond     float64 `json:"readingsPerSecond"`
	GoalReadingsPerSecond float64 `json:"goalReadingsPerSecond"`
	Anchors               int     `json:"anchors"`
	AnchorGas             uint64  `json:"anchorGas"`
	GasPerReading         float64 `json:"gasPerReading"`
	GoalGasPerReading     float64 `json:"goalGasPerReading"`
	ProofVerified         bool    `json:"proofVerified"`
	Store                 string  `json:"store"`
	Registry              string  `json:"registry"`
	OK                    bool    `json:"ok"`
}

// Run runs the benchmark.
func Run(ctx context.Context, o Options, log *slog.Logger) (*Report, error) {
	dir, err := os.MkdirTemp("", "bevan-bench-telemetry-")
	if err != nil {
		return nil, fmt.Errorf("temporary directory: %w", err)
	}
	defer os.RemoveAll(dir)
	cfg := devnet.DefaultConfig()
	cfg.AnvilBin, cfg.Port, cfg.ManifestDir = o.AnvilBin, 0, dir
	s, err := stack.New(cfg, log, stack.Options{Relayer: &stack.RelayerOptions{HTTPAddr: "127.0.0.1:0", RedisURL: o.RedisURL,
		Tune: func(c *relayer.Config) { c.Limits.GasPerDay = 0 }}})
	if err != nil {
		return nil, err
	}
	if err := s.Start(ctx); err != nil {
		return nil, err
	}
	defer s.Stop(context.WithoutCancel(ctx))

	devices := gateway.NewFixed()
	gcfg := gateway.DefaultConfig()
	gcfg.HTTPAddr, gcfg.DB = "127.0.0.1:0", "sqlite://"+filepath.Join(dir, "telemetry.db")
	gcfg.RedisURL, gcfg.RedisPrefix = s.Relayer.RedisURL(), fmt.Sprintf("bevan:bench:telemetry:%d", time.Now().UnixNano())
	gcfg.RPCURL, gcfg.ManifestPath, gcfg.RelayerURL, gcfg.AppKey = s.RPCURL(), s.ManifestPath, s.Relayer.URL(), devnet.DevAppKey
	gcfg.Key, gcfg.Devices, gcfg.DeviceRegistry = devnet.DevKey(devnet.RoleGateway), devices, common.HexToAddress("0xde71ce")
	gcfg.AnchorInterval = 24 * time.Hour // anchored once, after the ingest
	g, err := gateway.New(ctx, gcfg, log)
	if err != nil {
		return nil, err
	}
	if err := g.Start(ctx); err != nil {
		return nil, err
	}
	defer g.Stop(context.WithoutCancel(ctx))

	// The fleet signs beforehand: signing is the devices' work, not the gateway's.
	fleet := sim.Fleet("bench", telemetry.KindColdStore, o.Devices)
	end := time.Now()
	bodies := make([][]byte, 0, o.Devices*o.Batches)
	for _, d := range fleet {
		devices.Add(d.Address, gateway.Device{Registrar: devnet.DevAddress(devnet.RoleTrust), Kind: uint8(d.Kind), Active: true,
			RegisteredAt: big.NewInt(1), Site: [8]byte{'R', 'J', '1'}})
	}
	for b := range o.Batches {
		for _, d := range fleet {
			rs := d.Readings(o.Readings, end.Add(-time.Duration(o.Batches-1-b)*time.Duration(o.Readings)*time.Second), time.Second)
			sg, err := d.Batch(rs, g.Domain())
			if err != nil {
				return nil, err
			}
			raw, err := json.Marshal(sg)
			if err != nil {
				return nil, err
			}
			bodies = append(bodies, raw)
		}
	}
	rep := &Report{Devices: o.Devices, Batches: o.Batches, ReadingsPerBatch: o.Readings, Concurrency: o.Concurrency,
		GoalReadingsPerSecond: GoalReadingsPerSecond, GoalGasPerReading: GoalGasPerReading, Store: "sqlite",
		Registry: "in memory (the DeviceRegistry lookup is cached by the gateway)"}
	url := "http://" + g.Addr() + "/v1/readings"
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: o.Concurrency}, Timeout: time.Minute}
	var next, refused, accepted atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for range o.Concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(bodies) {
					return
				}
				if post(ctx, client, url, bodies[i]) {
					accepted.Add(int64(o.Readings))
				} else {
					refused.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	rep.Seconds = time.Since(start).Seconds()
	rep.Readings, rep.Refused = int(accepted.Load()), int(refused.Load())
	rep.ReadingsPerSecond = float64(rep.Readings) / rep.Seconds

	if _, err := g.AnchorNow(ctx); err != nil {
		return nil, err
	}
	anchors, err := g.Store().Anchors(ctx)
	if err != nil {
		return nil, err
	}
	eth, err := ethclient.DialContext(ctx, s.RPCURL())
	if err != nil {
		return nil, err
	}
	defer eth.Close()
	leaves := 0
	for _, a := range anchors {
		r, err := eth.TransactionReceipt(ctx, a.TxHash)
		if err != nil {
			return nil, fmt.Errorf("anchor %d receipt: %w", a.ID, err)
		}
		rep.AnchorGas += r.GasUsed
		leaves += a.LeafCount
	}
	rep.Anchors = len(anchors)
	if leaves > 0 {
		rep.GasPerReading = float64(rep.AnchorGas) / float64(leaves)
	}
	rep.ProofVerified = proveOne(ctx, g, eth, fleet[0].Address) == nil
	rep.OK = rep.Refused == 0 && leaves == rep.Readings && rep.ProofVerified
	return rep, nil
}

func post(ctx context.Context, c *http.Client, url string, body []byte) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return false
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return false
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// proveOne fetches the proof of the device's first reading from the gateway and verifies it on chain.
func proveOne(ctx context.Context, g *gateway.Service, eth *ethclient.Client, dev common.Address) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("http://%s/v1/proofs/%s/1/0", g.Addr(), dev), nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New(resp.Status)
	}
	var p telemetry.Proof
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		return err
	}
	_, err = telemetry.VerifyProof(ctx, eth, &p)
	return err
}

// WriteJSON prints the report as one JSON object.
func (r *Report) WriteJSON(w io.Writer) error { return bench.WriteJSON(w, r) }

// WriteTable prints the figures next to the goals.
func (r *Report) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	verdict := func(ok bool) string {
		if ok {
			return "ok"
		}
		return "MISSED"
	}
	fmt.Fprintf(tw, "fleet\t%d fridges × %d batches × %d readings, %d connections, %s store\t\n", r.Devices, r.Batches,
		r.ReadingsPerBatch, r.Concurrency, r.Store)
	fmt.Fprintf(tw, "readings kept\t%d (%d batches refused) in %.2f s\t\n", r.Readings, r.Refused, r.Seconds)
	fmt.Fprintf(tw, "readings/s (signature verified, durable before ack)\t%.0f\tgoal ≥ %.0f: %s\n", r.ReadingsPerSecond,
		r.GoalReadingsPerSecond, verdict(r.ReadingsPerSecond >= r.GoalReadingsPerSecond))
	fmt.Fprintf(tw, "gas per reading (anchorBatch, amortised)\t%.3f (%d gas, %d anchors)\tgoal ≤ %.0f: %s\n", r.GasPerReading,
		r.AnchorGas, r.Anchors, r.GoalGasPerReading, verdict(r.GasPerReading <= r.GoalGasPerReading))
	fmt.Fprintf(tw, "one reading proven on chain\t%v\t\n", r.ProofVerified)
	fmt.Fprintf(tw, "device registry\t%s\t\n", r.Registry)
	return tw.Flush()
}
