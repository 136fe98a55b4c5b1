package main

import (
	"math/big"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	gqlclient "github.com/bevan-health/bevan/graphql/client"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestDeviceOnDevnet: the trust registers a patient's pulse oximeter and a fridge sensor, rotates the oximeter's key,
// deregisters the fridge and lists its devices, all gaslessly through the relayer; the gateway's excursion of a
// second fridge is indexed and served by GraphQL; a wallet without
// DEVICE_REGISTRAR_ROLE and bad arguments are refused before anything is sent.
func TestDeviceOnDevnet(t *testing.T) {
	ctx, e := startChainTest(t)
	oximeter, rotated, fridge := testAddress(t, "oximeter"), testAddress(t, "rotated"), testAddress(t, "fridge")
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

	// The devnet's gateway anchors a reading batch and records an excursion of the fridge sensor, sending itself:
	// the indexer serves it with its lots and temperatures in degrees.
	fridge2 := testAddress(t, "fridge2")
	out, stderr, err = e.sign(devnet.RoleTrust, "device", "register", "--kind", "cold-store-sensor", "--site", "RJ1", fridge2.Hex(), "--json")
	e.mustJSON(&reg, out, stderr, err)
	gw, err := bind.NewKeyedTransactorWithChainID(devnet.DevKey(devnet.RoleGateway), new(big.Int).SetUint64(e.d.Manifest.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	gw.Context = ctx
	anchors, err := bindings.NewRecordAnchor(e.d.Manifest.AnchorsAddress(), e.d.Client)
	if err != nil {
		t.Fatal(err)
	}
	registry, err := bindings.NewDeviceRegistry(e.d.Manifest.DevicesAddress(), e.d.Client)
	if err != nil {
		t.Fatal(err)
	}
	root := crypto.Keccak256Hash([]byte(t.Name() + "batch"))
	mined := func(tx *types.Transaction, err error) *types.Receipt {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		r, err := bind.WaitMined(ctx, e.d.Client, tx)
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction %s: %v", tx.Hash(), err)
		}
		return r
	}
	head := mined(anchors.AnchorBatch(gw, root, 96, "bevan://telemetry/batches/1"))
	blk, err := e.d.Client.HeaderByNumber(ctx, head.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	r := mined(registry.RecordExcursion(gw, fridge2, new(big.Int).SetUint64(blk.Time-2400), new(big.Int).SetUint64(blk.Time),
		810, 950, root, []string{"FL1234AB", "EX9876"}))
	gql := gqlclient.New(e.graphql, nil)
	if _, err := gql.WaitIndexed(ctx, r.BlockNumber.Uint64()); err != nil {
		t.Fatal(err)
	}
	var xs struct {
		Excursions struct {
			Edges []struct {
				Node struct {
					Device, AnchorTx, BatchRoot string
					MinCelsius, MaxCelsius      float64
					DurationSeconds             int
					AffectedLots                []string
				}
			}
		}
	}
	if err := gql.Query(ctx, `query($d: String!) { excursions(where: {device: {eq: $d}}) { edges { node {
		device anchorTx batchRoot minCelsius maxCelsius durationSeconds affectedLots } } } }`, map[string]any{"d": fridge2.Hex()}, &xs); err != nil {
		t.Fatal(err)
	}
	if len(xs.Excursions.Edges) != 1 {
		t.Fatalf("excursions of the fridge: %+v", xs)
	}
	if x := xs.Excursions.Edges[0].Node; x.MinCelsius != 8.1 || x.MaxCelsius != 9.5 || x.DurationSeconds != 2400 ||
		x.AnchorTx != strings.ToLower(r.TxHash.Hex()) || x.BatchRoot != strings.ToLower(root.Hex()) || strings.Join(x.AffectedLots, " ") != "FL1234AB EX9876" {
		t.Fatalf("excursion: %+v", x)
	}

	// Refusals: the relayer's policy, then the CLI's own checks (nothing sent).
	if _, _, err := e.sign(devnet.RolePatient, "device", "register", "--kind", "thermometer", "--site", "RJ1", testAddress(t, "x").Hex()); err == nil ||
		!strings.Contains(err.Error(), "[not_device_registrar]") {
		t.Fatalf("register by a non-registrar: %v", err)
	}
	for _, args := range [][]string{
		{"register", "--kind", "fridge", "--site", "RJ1", testAddress(t, "y").Hex()},
		{"register", "--kind", "cold-store-sensor", "--site", "rj1", testAddress(t, "y").Hex()},
		{"register", "--kind", "cold-store-sensor", "--site", "RJ1", "--patient", patient.Hex(), testAddress(t, "y").Hex()},
		{"rotate", rotated.Hex()},
	} {
		if _, _, err := e.sign(devnet.RoleTrust, append([]string{"device"}, args...)...); err == nil {
			t.Errorf("device %v: accepted", args)
		}
	}
}
