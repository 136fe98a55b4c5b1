// Package sim simulates telemetry devices with realistic signals: vaccine fridges holding 2–8 °C with door-opening
// bumps (and, when asked, a drift out of range), and virtual-ward pulse oximeters. Each device has its own key,
// derived from a seed phrase so the same fleet can be registered once and driven again, and signs its batches.
package sim

import (
	"crypto/ecdsa"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Drift takes a fridge's temperature to Peak (°C), or a pulse oximeter's SpO2 to Peak (%), for Duration from Start,
// then back.
type Drift struct {
	Start    time.Time
	Duration time.Duration
	Peak     float64
}

// at is how far the drift has taken the signal to its peak at t (0..1): up in the first quarter, held, and back
// down in the last quarter; 0 outside the drift (or without one).
func (dr *Drift) at(t time.Time) float64 {
	if dr == nil || t.Before(dr.Start) || !t.Before(dr.Start.Add(dr.Duration)) {
		return 0
	}
	f := float64(t.Sub(dr.Start)) / float64(dr.Duration)
	return min(1, f*4, (1-f)*4)
}

// Device is one simulated device.
type Device struct {
	Key      *ecdsa.PrivateKey
	Address  common.Address
	Kind     telemetry.Kind
	Sequence uint64 // of the last batch signed
	Drift    *Drift
	rng      *rand.Rand
}

// Key derives device i's key from seed: keccak256("bevan telemetry simulator: " ‖ seed ‖ ":" ‖ i). Public phrases
// give public keys: development only.
func Key(seed string, i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("bevan telemetry simulator: %s:%d", seed, i))))
	if err != nil {
		panic(fmt.Sprintf("derive simulator key: %v", err)) // a keccak output is a valid key but for 2^-128
	}
	return k
}

// Fleet makes n devices of kind from seed.
func Fleet(seed string, kind telemetry.Kind, n int) []*Device {
	out := make([]*Device, n)
	for i := range out {
		k := Key(seed, i)
		out[i] = &Device{Key: k, Address: crypto.PubkeyToAddress(k.PublicKey), Kind: kind,
			rng: rand.New(rand.NewPCG(uint64(i), uint64(kind)))}
	}
	return out
}

// Readings are n readings of the device, step apart, ending at end.
func (d *Device) Readings(n int, end time.Time, step time.Duration) []telemetry.Reading {
	out := make([]telemetry.Reading, 0, n)
	for i := range n {
		at := end.Add(-time.Duration(n-1-i) * step)
		out = append(out, d.at(at)...)
	}
	return out
}

func (d *Device) at(t time.Time) []telemetry.Reading {
	ts := uint64(t.Unix())
	milli := func(v float64) int64 { return int64(math.Round(v * 1000)) }
	switch d.Kind {
	case telemetry.KindPulseOximeter:
		spo2 := min(100, 96+d.rng.NormFloat64()*1.2)
		hr := 72 + 6*math.Sin(float64(t.Unix())/900) + d.rng.NormFloat64()*2
		if f := d.Drift.at(t); f > 0 { // a desaturation: SpO2 down to the peak (a trough), the pulse up with it
			spo2 += (d.Drift.Peak - spo2) * f
			hr += 20 * f
		}
		return []telemetry.Reading{
			{Time: ts, Code: telemetry.CodeSpO2, ValueMilli: milli(spo2), Unit: "%"},
			{Time: ts, Code: telemetry.CodeHeartRate, ValueMilli: milli(hr), Unit: "/min"},
		}
	default: // a cold store: 5 °C, a slow compressor cycle, noise, and an occasional door opening
		c := 5 + 0.6*math.Sin(float64(t.Unix())/1200) + d.rng.NormFloat64()*0.1
		if d.rng.IntN(200) == 0 {
			c += 1.5
		}
		if f := d.Drift.at(t); f > 0 {
			c += (d.Drift.Peak - c) * f
		}
		return []telemetry.Reading{{Time: ts, Code: telemetry.CodeRoomTemperature, ValueMilli: milli(c), Unit: "Cel"}}
	}
}

// Batch signs the device's next batch (sequence one above its last) of readings for domain.
func (d *Device) Batch(readings []telemetry.Reading, domain telemetry.Domain) (*telemetry.Signed, error) {
	d.Sequence++
	b := &telemetry.Batch{Device: d.Address, Sequence: d.Sequence, Readings: readings}
	return b.Sign(d.Key, domain)
}
