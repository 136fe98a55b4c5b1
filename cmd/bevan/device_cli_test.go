package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/devnet"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestDeviceOnDevnet: the trust registers a patient's pulse oximeter and a fridge sensor, rotates the oximeter's key,
// deregisters the fridge and lists its devices, all gaslessly through the relayer; a wallet without
// DEVICE_REGISTRAR_ROLE and bad arguments are refused before anything is sent.
func TestDeviceOnDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	e := startChainCLI(t, ctx)
	key := func(s string) common.Address { return common.BytesToAddress(crypto.Keccak256([]byte(t.Name() + s))) }
	oximeter, rotated, fridge := key("oximeter"), key("rotated"), key("fridge")
	patient := devnet.DevAddress(devnet.RolePatient)

	var reg deviceJSON
	out, stderr, err := e.sign(devnet.RoleTrust, "device", "register", "--kind", "pulse-oximeter", "--site", "RJ1",
		"--patient", patient.Hex(), oximeter.Hex(), "--json")
	e.mustJSON(&reg, out, stderr, err)
	if reg.Status != "mined" || reg.Device != oximeter || reg.Kind != "pulse-oximeter" || reg.Patient == nil || *reg.Patient != patient {
		t.Fatalf("register: %+v", reg)
	}
	out, stderr, err = e.sign(devnet.RoleTrust, "device", "register", "--kind", "1", "--site", "RJ1", fridge.Hex(), "--json")
	e.mustJSON(&reg, out, stderr, err)
	var rot deviceJSON
	out, stderr, err = e.sign(devnet.RoleTrust, "device", "rotate", oximeter.Hex(), rotated.Hex(), "--json")
	e.mustJSON(&rot, out, stderr, err)
	if rot.Status != "mined" || rot.NewDevice == nil || *rot.NewDevice != rotated {
		t.Fatalf("rotate: %+v", rot)
	}
	out, stderr, err = e.sign(devnet.RoleTrust, "device", "deregister", fridge.Hex(), "--json")
	e.mustJSON(&reg, out, stderr, err)

	var all, active deviceListJSON
	out, stderr, err = e.query("", "device", "list", "--site", "RJ1", "--json")
	e.mustJSON(&all, out, stderr, err)
	out, stderr, err = e.query("", "device", "list", "--patient", patient.Hex(), "--active", "--json")
	e.mustJSON(&active, out, stderr, err)
	if len(active.Devices) != 1 || active.Devices[0].Address != strings.ToLower(rotated.Hex()) || active.Devices[0].Kind != "pulse-oximeter" {
		t.Fatalf("the patient's active devices: %+v", active)
	}
	ended := map[string]bool{}
	for _, d := range all.Devices {
		ended[d.Address] = !d.Active
	}
	if !ended[strings.ToLower(oximeter.Hex())] || !ended[strings.ToLower(fridge.Hex())] || ended[strings.ToLower(rotated.Hex())] {
		t.Fatalf("RJ1's devices: %+v", all)
	}

	// Refusals: the relayer's policy, then the CLI's own checks (nothing sent).
	if _, _, err := e.sign(devnet.RolePatient, "device", "register", "--kind", "thermometer", "--site", "RJ1", key("x").Hex()); err == nil ||
		!strings.Contains(err.Error(), "[not_device_registrar]") {
		t.Fatalf("register by a non-registrar: %v", err)
	}
	for _, args := range [][]string{
		{"register", "--kind", "fridge", "--site", "RJ1", key("y").Hex()},
		{"register", "--kind", "cold-store-sensor", "--site", "rj1", key("y").Hex()},
		{"register", "--kind", "cold-store-sensor", "--site", "RJ1", "--patient", patient.Hex(), key("y").Hex()},
		{"rotate", rotated.Hex()},
	} {
		if _, _, err := e.sign(devnet.RoleTrust, append([]string{"device"}, args...)...); err == nil {
			t.Errorf("device %v: accepted", args)
		}
	}
}
