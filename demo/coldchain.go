package demo

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/excursion"
	"github.com/bevan-health/bevan/telemetry/gateway"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/bevan-health/bevan/telemetry/sim"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// TelemetryOptions are what the cold-chain part of the story needs besides the chain: the chain's RPC URL and
// manifest file (the gateway's), a Redis for the gateway's sequence numbers, and a directory for its readings store
// and the proof the story saves (keep it with a kept chain).
type TelemetryOptions struct {
	RPCURL, ManifestPath, RedisURL, Dir string
	// Deployments is the manifests' directory, for the printed `bevan telemetry verify` command.
	Deployments string
}

// ColdChain is what the cold-chain part of the story did.
type ColdChain struct {
	// Fridge is the vaccine fridge's sensor (the GP practice's, site A81001), Lots the vaccine lots booked into it.
	Fridge common.Address
	Lots   []string
	// Excursion is the excursion the gateway found, anchored as RecordID in the batch BatchRoot.
	Excursion excursion.Record
	RecordID  common.Hash
	BatchRoot common.Hash
	// RecordedTx (in RecordedBlock) is the DeviceRegistry.recordExcursion the gateway sent.
	RecordedTx    common.Hash
	RecordedBlock uint64
	// Sequence and Index are the reading the story proved against the chain (the peak), saved in ProofFile.
	Sequence  uint64
	Index     uint32
	ProofFile string
}

// coldChainSeed derives the demo fridge's key (public: development only).
const coldChainSeed = "bevan demo cold chain"

// drift is the demo fridge's drift: up to 9.5 °C over a quarter of an hour, held, and back: out of 2–8 °C for about
// 40 minutes of the hour, ending a quarter of an hour ago.
func drift(now time.Time) *sim.Drift {
	return &sim.Drift{Start: now.Add(-75 * time.Minute), Duration: time.Hour, Peak: 9.5}
}

// ColdChain plays the story's cold chain (when Options.Telemetry is set): the GP practice registers its vaccine fridge's
// sensor and books its vaccine lots at a telemetry gateway; the fridge drifts to 9.5 °C for 40 minutes; the gateway
// anchors the signed readings, finds the excursion, anchors it in the batch of the reading that closed it and
// records it in the DeviceRegistry through the relayer; one reading at the peak is proven against the chain. On a
// kept chain where it ran before, it shows the excursion recorded then.
func (r *Runner) ColdChain(ctx context.Context) error {
	o := r.opts.Telemetry
	if o == nil {
		return nil
	}
	r.say("7. Her GP practice's vaccine fridge drifts to 9.5 °C for 40 minutes. Its sensor signs its readings; the telemetry gateway anchors them, finds the excursion, anchors it with the batch that proves it, and records it on chain with the vaccine lots the fridge held.")
	fleet := sim.Fleet(coldChainSeed, telemetry.KindColdStore, 1)
	dev := fleet[0]
	cc := &ColdChain{Fridge: dev.Address, Lots: []string{"FLU-2026-118", "MMR-77A"}}
	reg, err := bindings.NewDeviceRegistry(r.m.DevicesAddress(), r.client)
	if err != nil {
		return fmt.Errorf("bind DeviceRegistry: %w", err)
	}
	d, err := reg.DeviceOf(&bind.CallOpts{Context: ctx}, dev.Address)
	if err != nil {
		return fmt.Errorf("deviceOf: %w", err)
	}
	if d.RegisteredAt != nil && d.RegisteredAt.Sign() > 0 {
		fmt.Fprintln(r.out, "   = the fridge's sensor is registered already (from an earlier run)")
	} else {
		site, err := vocab.ODSCode("A81001")
		if err != nil {
			return err
		}
		regABI, err := bindings.DeviceRegistryMetaData.GetAbi()
		if err != nil {
			return err
		}
		// 250,000 gas signed (it uses about 135,000): the relayer's daily quota counts what is signed.
		if _, err := r.sendGas(ctx, "the GP practice registers its vaccine fridge's sensor (A81001)", devnet.DevKey(devnet.RoleGP),
			r.m.DevicesAddress(), r.pack(*regABI, "register", dev.Address, uint8(telemetry.KindColdStore), site, common.Address{}), 250_000); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(o.Dir, 0o700); err != nil {
		return fmt.Errorf("telemetry directory: %w", err)
	}
	cfg := gateway.DefaultConfig()
	cfg.HTTPAddr, cfg.DB = "127.0.0.1:0", "sqlite://"+filepath.Join(o.Dir, "telemetry.db")
	cfg.RedisURL, cfg.RedisPrefix = o.RedisURL, "bevan:demo:telemetry"
	cfg.RPCURL, cfg.ManifestPath, cfg.RelayerURL = o.RPCURL, o.ManifestPath, r.relayerURL
	// The devnet relayer's app key: its per-wallet gas quota is for people, not for a gateway's anchors.
	cfg.AppKey, cfg.Key, cfg.AnchorInterval = r.opts.AppKey, devnet.DevKey(devnet.RoleGateway), time.Hour
	g, err := gateway.New(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		return fmt.Errorf("telemetry gateway: %w", err)
	}
	if err := g.Start(ctx); err != nil {
		return fmt.Errorf("telemetry gateway: %w", err)
	}
	r.gateway = g
	base := "http://" + g.Addr()
	fmt.Fprintf(r.out, "   ✓ telemetry gateway at %s (readings in %s)\n", base, filepath.Join(o.Dir, "telemetry.db"))

	if done, err := longestExcursion(ctx, g, dev.Address); err != nil {
		return err
	} else if done != nil {
		fmt.Fprintln(r.out, "   = the fridge's excursion is recorded already (from an earlier run)")
		return r.coldChainResult(ctx, g, cc, done, o)
	}

	// The site's range and its lots: signed by the practice's registrar wallet (the fridge's), booked from when the
	// lots went into the fridge.
	registrar := devnet.DevKey(devnet.RoleGP)
	post := func(s telemetry.Setting) (*gateway.SettingResult, error) {
		s.Device, s.IssuedAt = dev.Address, uint64(time.Now().Unix())
		signed, err := s.Sign(registrar, g.Domain())
		if err != nil {
			return nil, err
		}
		var out gateway.SettingResult
		if err := postJSON(ctx, base+"/v1/settings", signed, &out); err != nil {
			return nil, fmt.Errorf("%s %s: %w", s.Action, s.Lot, err)
		}
		return &out, nil
	}
	if _, err := post(telemetry.Setting{Action: telemetry.ActionThresholdSet, MinMilli: 2000, MaxMilli: 8000}); err != nil {
		return err
	}
	now := time.Now()
	for _, lot := range cc.Lots {
		s := telemetry.Setting{Action: telemetry.ActionLotAdd, Lot: lot, EffectiveAt: uint64(now.Add(-3 * time.Hour).Unix())}
		if _, err := post(s); err != nil && !strings.Contains(err.Error(), string(telemetry.CodeLotHeld)) {
			return err
		}
	}
	fmt.Fprintf(r.out, "   ✓ %-60s range 2–8 °C, lots %s\n", "the practice books the fridge's range and vaccine lots", strings.Join(cc.Lots, ", "))

	// Two hours of minute readings, in two signed batches; the drift ends a quarter of an hour ago.
	dev.Drift = drift(now)
	if dev.Sequence, err = g.Store().Highest(ctx, dev.Address); err != nil {
		return err
	}
	all := dev.Readings(120, now.Add(-time.Minute), time.Minute)
	for _, part := range [][]telemetry.Reading{all[:60], all[60:]} {
		b, err := dev.Batch(part, g.Domain())
		if err != nil {
			return err
		}
		if err := postJSON(ctx, base+"/v1/readings", b, nil); err != nil {
			return fmt.Errorf("readings: %w", err)
		}
	}
	fmt.Fprintf(r.out, "   ✓ %-60s %d readings, sequences %d–%d\n", "the fridge's sensor sends its signed readings", len(all), dev.Sequence-1, dev.Sequence)
	if _, err := g.AnchorNow(ctx); err != nil {
		return fmt.Errorf("anchor: %w", err)
	}
	if _, err := g.FollowNow(ctx); err != nil {
		return fmt.Errorf("record the excursion: %w", err)
	}
	rec, err := longestExcursion(ctx, g, dev.Address)
	if err != nil {
		return err
	}
	if rec == nil {
		return errors.New("the gateway found no excursion in the drift, or did not record it")
	}
	an, err := g.Store().Anchor(ctx, rec.AnchorID)
	if err != nil {
		return err
	}
	r.res.Steps = append(r.res.Steps, Step{What: "the gateway anchors the readings and the excursion", TxHash: an.TxHash, Block: an.Block})
	fmt.Fprintf(r.out, "   ✓ %-60s block %-4d %d leaves     tx %s\n", "the gateway anchors the readings and the excursion", an.Block, an.LeafCount, an.TxHash.Hex()[:18]+"…")
	return r.coldChainResult(ctx, g, cc, rec, o)
}

// longestExcursion is the fridge's longest excursion the gateway recorded in the DeviceRegistry (the drift; a
// reading that wavers about 8 °C on the way up or down may make a minute-long one besides), nil when none.
func longestExcursion(ctx context.Context, g *gateway.Service, fridge common.Address) (*readings.StoredRecord, error) {
	recs, err := g.Store().ListRecords(ctx, readings.RecordQuery{Kind: telemetry.RecordExcursion, Device: fridge, Limit: 100})
	if err != nil {
		return nil, err
	}
	var best *readings.StoredRecord
	var bestLen uint64
	for i := range recs {
		var x excursion.Record
		if err := recs[i].Decode(&x); err != nil {
			return nil, err
		}
		if recs[i].FollowUp.Done() && x.EndedAt-x.StartedAt > bestLen {
			best, bestLen = &recs[i], x.EndedAt-x.StartedAt
		}
	}
	return best, nil
}

// coldChainResult fills the story's result from the excursion's record, prints it, and proves the reading at its
// peak against the chain (saving the proof for `bevan telemetry verify`).
func (r *Runner) coldChainResult(ctx context.Context, g *gateway.Service, cc *ColdChain, rec *readings.StoredRecord, o *TelemetryOptions) error {
	if err := rec.Decode(&cc.Excursion); err != nil {
		return err
	}
	x := &cc.Excursion
	cc.RecordID, cc.RecordedTx, cc.RecordedBlock = rec.ID, rec.FollowUp.TxHash, rec.FollowUp.Block
	an, err := g.Store().Anchor(ctx, rec.AnchorID)
	if err != nil {
		return err
	}
	cc.BatchRoot = an.Root
	r.res.Steps = append(r.res.Steps, Step{What: "the gateway records the excursion (DeviceRegistry)", TxHash: cc.RecordedTx, Block: cc.RecordedBlock})
	fmt.Fprintf(r.out, "   ✓ %-60s block %-4d            tx %s\n", "the gateway records the excursion in the DeviceRegistry", cc.RecordedBlock, cc.RecordedTx.Hex()[:18]+"…")
	ex := x.Excursion()
	fmt.Fprintf(r.out, "   excursion: %s–%s UTC (%s), peak %s °C, lowest out of range %s °C, %d readings out of %s–%s °C; lots %s\n",
		ex.Start.Format("15:04"), ex.End.Format("15:04"), ex.Duration(), telemetry.FormatMilli(x.MaxMilli), telemetry.FormatMilli(x.MinMilli),
		x.Readings, telemetry.FormatMilli(x.RangeMinMilli), telemetry.FormatMilli(x.RangeMaxMilli), strings.Join(x.AffectedLots, ", "))

	// The reading at the peak, proven against the root the gateway anchored.
	series, err := g.Store().Series(ctx, cc.Fridge, telemetry.CodeRoomTemperature, ex.Start, ex.End)
	if err != nil {
		return err
	}
	var peak *readings.Kept
	for i := range series {
		if series[i].ValueMilli == x.MaxMilli {
			peak = &series[i]
		}
	}
	if peak == nil {
		return errors.New("no reading at the excursion's peak")
	}
	cc.Sequence, cc.Index = peak.Sequence, peak.Index
	var proof json.RawMessage
	if err := getJSON(ctx, fmt.Sprintf("http://%s/v1/proofs/%s/%d/%d", g.Addr(), cc.Fridge.Hex(), peak.Sequence, peak.Index), &proof); err != nil {
		return fmt.Errorf("proof: %w", err)
	}
	var p telemetry.Proof
	if err := json.Unmarshal(proof, &p); err != nil {
		return err
	}
	at, err := telemetry.VerifyProof(ctx, r.client, &p)
	if err != nil {
		return fmt.Errorf("verify the peak reading: %w", err)
	}
	cc.ProofFile = filepath.Join(o.Dir, "peak-reading.proof.json")
	var pretty bytes.Buffer
	_ = json.Indent(&pretty, proof, "", "  ")
	if err := os.WriteFile(cc.ProofFile, append(pretty.Bytes(), '\n'), 0o600); err != nil {
		return fmt.Errorf("save the proof: %w", err)
	}
	fmt.Fprintf(r.out, "\n   $ bevan telemetry verify --proof %s --rpc %s --deployments %s\n", cc.ProofFile, o.RPCURL, o.Deployments)
	fmt.Fprintf(r.out, "   verified: Room temperature %s Cel at %s (device %s, batch %d, reading %d) is in batch %s anchored by %s at %s\n",
		telemetry.FormatMilli(p.Reading.ValueMilli), time.Unix(int64(p.Reading.Time), 0).UTC().Format(time.RFC3339), p.Device.Hex(),
		p.Sequence, p.Index, p.BatchRoot.Hex(), p.Custodian.Hex(), at.Format(time.RFC3339))
	r.res.ColdChain = cc
	return nil
}

// coldChainStop stops the demo's gateway, if it started one.
func (r *Runner) coldChainStop() error {
	if r.gateway == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := r.gateway.Stop(ctx)
	r.gateway = nil
	return err
}

func postJSON(ctx context.Context, url string, in, out any) error {
	raw, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(raw))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	return doJSON(req, out)
}

func getJSON(ctx context.Context, url string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	return doJSON(req, out)
}

func doJSON(req *http.Request, out any) error {
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<24))
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		var eb telemetry.ErrorBody
		if json.Unmarshal(body, &eb) == nil && eb.Error != nil {
			return eb.Error
		}
		return fmt.Errorf("%s %s: HTTP %d", req.Method, req.URL, resp.StatusCode)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(body, out)
}

// coldChainQueries are the GraphQL queries that show the cold chain's excursion (start, end, peak, lots, the
// transaction that recorded it) and its fridge; none without a cold chain.
func coldChainQueries(cc *ColdChain) []Query {
	if cc == nil {
		return nil
	}
	fridge := strings.ToLower(cc.Fridge.Hex())
	return []Query{
		{
			Title: "The vaccine fridge's cold-chain excursions: start, end, peak temperature and the vaccine lots it held",
			Text: fmt.Sprintf(`{
  excursions(where: {device: {eq: %q}}) {
    totalCount
    edges { node { excursionId site startedAt endedAt durationSeconds minCelsius maxCelsius affectedLots batchRoot anchorTx block } }
  }
}`, fridge),
			summarize: func(data json.RawMessage) (string, error) { return summarizeExcursions(cc, data) },
		},
		{
			Title: "The fridge's sensor in the DeviceRegistry",
			Text: fmt.Sprintf(`{
  device(address: %q) { address kind kindDisplay site registrar active registeredBlock }
}`, fridge),
			summarize: summarizeDevice,
		},
	}
}

func summarizeExcursions(cc *ColdChain, data json.RawMessage) (string, error) {
	var d struct {
		Excursions struct {
			TotalCount int `json:"totalCount"`
			Edges      []struct {
				Node struct {
					ExcursionID     int      `json:"excursionId"`
					Site            string   `json:"site"`
					StartedAt       int64    `json:"startedAt"`
					EndedAt         int64    `json:"endedAt"`
					DurationSeconds int64    `json:"durationSeconds"`
					MinCelsius      float64  `json:"minCelsius"`
					MaxCelsius      float64  `json:"maxCelsius"`
					AffectedLots    []string `json:"affectedLots"`
					AnchorTx        string   `json:"anchorTx"`
				} `json:"node"`
			} `json:"edges"`
		} `json:"excursions"`
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return "", err
	}
	for _, e := range d.Excursions.Edges {
		n := e.Node
		if uint64(n.StartedAt) != cc.Excursion.StartedAt || uint64(n.EndedAt) != cc.Excursion.EndedAt {
			continue
		}
		if !strings.EqualFold(n.AnchorTx, cc.RecordedTx.Hex()) || strings.Join(n.AffectedLots, ",") != strings.Join(cc.Excursion.AffectedLots, ",") {
			return "", fmt.Errorf("excursion #%d: tx %s, lots %v; the gateway recorded tx %s, lots %v", n.ExcursionID, n.AnchorTx,
				n.AffectedLots, cc.RecordedTx.Hex(), cc.Excursion.AffectedLots)
		}
		return fmt.Sprintf("%s; #%d at %s: %s–%s UTC (%s), peak %.2f °C, lots %s, recorded in tx %s", plural(d.Excursions.TotalCount, "excursion"),
			n.ExcursionID, n.Site, time.Unix(n.StartedAt, 0).UTC().Format("15:04"), time.Unix(n.EndedAt, 0).UTC().Format("15:04"),
			time.Duration(n.DurationSeconds)*time.Second, n.MaxCelsius, strings.Join(n.AffectedLots, ", "), short(n.AnchorTx)), nil
	}
	return "", fmt.Errorf("the excursion from %d to %d is not in the index", cc.Excursion.StartedAt, cc.Excursion.EndedAt)
}

func summarizeDevice(data json.RawMessage) (string, error) {
	var d struct {
		Device *struct {
			Kind      string `json:"kindDisplay"`
			Site      string `json:"site"`
			Registrar string `json:"registrar"`
			Active    bool   `json:"active"`
		} `json:"device"`
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return "", err
	}
	if d.Device == nil || !d.Device.Active {
		return "", errors.New("the fridge's sensor is not an active device in the index")
	}
	return fmt.Sprintf("%s at %s, registered by %s, active", d.Device.Kind, d.Device.Site, roleOf(d.Device.Registrar)), nil
}

// Result is what the story did so far.
func (r *Runner) Result() *Result { return r.res }
