package demo

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/gateway"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/bevan-health/bevan/telemetry/sim"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// Ward is what the virtual-ward part of the story did.
type Ward struct {
	// Oximeter is Mrs P.'s pulse oximeter (site A81001, her GP practice's; her wallet as its patient).
	Oximeter common.Address
	// Alert is the spo2-low alert as the care agency received it; Lowest the lowest SpO2 reading (thousandths of a
	// per cent) among the readings it received.
	Alert  gateway.ReleasedAlert
	Lowest int64
	// RefusedCode is the gateway's answer to the council, which her consent does not permit.
	RefusedCode telemetry.Code
	// AnchorTx (in AnchorBlock) anchored the batch whose leaves hold the dip's reading and its alert.
	AnchorTx    common.Hash
	AnchorBlock uint64
}

// wardSeed derives the demo oximeter's key (public: development only).
const wardSeed = "bevan demo virtual ward"

// VirtualWard plays the virtual ward on the telemetry gateway g: her GP practice registers Mrs P.'s pulse oximeter
// (her wallet as its patient); at home her SpO2 dips to 89 % for half an hour; the gateway raises a spo2-low alert
// with the readings' batch; Sunrise Home Care, whom her consent of step 1 permits TREAT/access, signs in with its
// wallet and fetches the alert (no value) and her readings; the council, whom she gave no consent, is refused; the
// gateway anchors the readings with the alert as a leaf of the same batch.
func (r *Runner) VirtualWard(ctx context.Context, g *gateway.Service) (*Ward, error) {
	r.say("8. Back home, Mrs P. is on her GP practice's virtual ward with a pulse oximeter. Her SpO2 dips below 92 %: the telemetry gateway raises an alert, which only Sunrise Home Care, whom her consent permits, can fetch — never the value on chain.")
	patient := devnet.DevAddress(devnet.RolePatient)
	dev := sim.Fleet(wardSeed, telemetry.KindPulseOximeter, 1)[0]
	w := &Ward{Oximeter: dev.Address}
	reg, err := bindings.NewDeviceRegistryCaller(r.m.DevicesAddress(), r.client)
	if err != nil {
		return nil, fmt.Errorf("bind DeviceRegistry: %w", err)
	}
	d, err := reg.DeviceOf(&bind.CallOpts{Context: ctx}, dev.Address)
	if err != nil {
		return nil, fmt.Errorf("deviceOf: %w", err)
	}
	if d.RegisteredAt != nil && d.RegisteredAt.Sign() > 0 {
		fmt.Fprintln(r.out, "   = her pulse oximeter is registered already (from an earlier run)")
	} else {
		site, err := vocab.ODSCode("A81001")
		if err != nil {
			return nil, err
		}
		regABI, err := bindings.DeviceRegistryMetaData.GetAbi()
		if err != nil {
			return nil, err
		}
		// The GP practice's wallet (the hospital's has spent most of its daily gas quota on the story's anchors),
		// 250,000 gas signed (it uses about 135,000): the relayer's daily quota counts what is signed.
		if _, err := r.sendGas(ctx, "her GP practice registers her pulse oximeter (her wallet)", devnet.DevKey(devnet.RoleGP),
			r.m.DevicesAddress(), r.pack(*regABI, "register", dev.Address, uint8(telemetry.KindPulseOximeter), site, patient),
			250_000); err != nil {
			return nil, err
		}
	}

	// An hour of minute readings; the dip (down to 89 % and back) ends a quarter of an hour ago.
	now := time.Now()
	dev.Drift = &sim.Drift{Start: now.Add(-45 * time.Minute), Duration: 30 * time.Minute, Peak: 89}
	if dev.Sequence, err = g.Store().Highest(ctx, dev.Address); err != nil {
		return nil, err
	}
	b, err := dev.Batch(dev.Readings(60, now.Add(-time.Minute), time.Minute), g.Domain())
	if err != nil {
		return nil, err
	}
	if err := postJSON(ctx, "http://"+g.Addr()+"/v1/readings", b, nil); err != nil {
		return nil, fmt.Errorf("oximeter readings: %w", err)
	}
	fmt.Fprintf(r.out, "   ✓ %-60s %d readings, sequence %d\n", "her oximeter sends its signed readings (SpO2, pulse)", len(b.Readings), b.Sequence)

	// Sunrise Home Care signs in with its wallet and fetches her alerts and readings.
	agency, err := gateway.SignIn(ctx, "http://"+g.Addr(), devnet.DevKey(devnet.RoleAgency), nil)
	if err != nil {
		return nil, fmt.Errorf("the care agency signs in: %w", err)
	}
	alerts, err := agency.Alerts(ctx, patient, 2, 0)
	if err != nil {
		return nil, fmt.Errorf("the care agency's alerts: %w", err)
	}
	found := false
	for _, a := range alerts.Alerts {
		if a.Device == dev.Address && a.Sequence == b.Sequence && a.Rule == "spo2-low" {
			w.Alert, found = a, true
		}
	}
	if !found {
		return nil, errors.New("the gateway raised no spo2-low alert for the dip, or did not release it to the care agency")
	}
	fmt.Fprintf(r.out, "   ✓ %-60s %s at %s UTC (SpO2 %s %v %%), consent read at block %d\n", "Sunrise Home Care signs in and fetches her alert",
		w.Alert.Rule, w.Alert.At().Format("15:04"), w.Alert.Op, w.Alert.Value, alerts.Block)
	rs, err := agency.Readings(ctx, dev.Address, 2)
	if err != nil {
		return nil, fmt.Errorf("the care agency's readings: %w", err)
	}
	w.Lowest = 100_000
	for _, x := range rs.Readings {
		if x.Code == telemetry.CodeSpO2 && x.Sequence == b.Sequence {
			w.Lowest = min(w.Lowest, x.ValueMilli)
		}
	}
	fmt.Fprintf(r.out, "   ✓ %-60s %d readings, lowest SpO2 %s %%\n", "…and her readings (values stay off chain)", len(rs.Readings), telemetry.FormatMilli(w.Lowest))

	// The council (no consent of hers) is refused.
	council, err := gateway.SignIn(ctx, "http://"+g.Addr(), devnet.DevKey(devnet.RoleCouncil), nil)
	if err != nil {
		return nil, fmt.Errorf("the council signs in: %w", err)
	}
	var refusal *telemetry.Error
	if _, err := council.Alerts(ctx, patient, 2, 0); !errors.As(err, &refusal) {
		return nil, fmt.Errorf("the council's request for her alerts: %v, want a refusal", err)
	}
	w.RefusedCode = refusal.Code
	fmt.Fprintf(r.out, "   ✓ %-60s refused: %s\n", "the council asks for her alerts (no consent of hers)", w.RefusedCode)

	// The gateway anchors the readings and the alert (a leaf of the same batch).
	if _, err := g.AnchorNow(ctx); err != nil {
		return nil, fmt.Errorf("anchor: %w", err)
	}
	stored, err := g.Store().ListAlerts(ctx, readings.AlertQuery{Patient: patient, Since: now.Add(-2 * time.Hour)})
	if err != nil {
		return nil, err
	}
	for _, a := range stored {
		if a.ID == w.Alert.ID {
			w.AnchorTx, w.AnchorBlock = a.AnchorTx, a.AnchorBlock
		}
	}
	if w.AnchorTx == (common.Hash{}) {
		return nil, errors.New("the alert's batch is not anchored")
	}
	r.res.Steps = append(r.res.Steps, Step{What: "the gateway anchors her readings and the alert", TxHash: w.AnchorTx, Block: w.AnchorBlock})
	fmt.Fprintf(r.out, "   ✓ %-60s block %-4d            tx %s\n", "the gateway anchors her readings with the alert as a leaf", w.AnchorBlock,
		w.AnchorTx.Hex()[:18]+"…")
	return w, nil
}
