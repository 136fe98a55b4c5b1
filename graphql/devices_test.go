package graphql_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
)

var fridge, fridge2, oximeter = addr(0xF1), addr(0xF2), addr(0x0C)

// deviceEvents: the trust registers a fridge sensor at RJ1 and the GP a patient's pulse oximeter at 40; the gateway
// records an excursion of the fridge at 41; the trust rotates the fridge's key at 42; the GP deregisters the oximeter
// at 43; the gateway records an excursion of the rotated fridge, with no lots, at 44.
func deviceEvents() map[uint64][]store.Event {
	gateway := addr(0x6A)
	return map[uint64][]store.Event{
		40: {&store.DeviceRegistered{Meta: meta(40, 0), Device: fridge, Registrar: trust, Kind: uint8(vocab.ColdStoreSensor), Site: "RJ1"},
			&store.DeviceRegistered{Meta: meta(40, 1), Device: oximeter, Registrar: gp, Patient: patient, Kind: uint8(vocab.PulseOximeter), Site: "A81001"}},
		41: {&store.ExcursionRecorded{Meta: meta(41, 0), ExcursionID: 1, Device: fridge, Gateway: gateway, Site: "RJ1",
			StartedAt: 1_700_000_000, EndedAt: 1_700_002_400, MinCenti: 810, MaxCenti: 950, BatchRoot: hash("batch 1"),
			AffectedLots: []string{"FL1234AB", "EX9876"}}},
		42: {&store.DeviceKeyRotated{Meta: meta(42, 0), Device: fridge, NewDevice: fridge2, Registrar: trust}},
		43: {&store.DeviceDeregistered{Meta: meta(43, 0), Device: oximeter, By: gp}},
		44: {&store.ExcursionRecorded{Meta: meta(44, 0), ExcursionID: 2, Device: fridge2, Gateway: gateway, Site: "RJ1",
			StartedAt: 1_700_000_050, EndedAt: 1_700_000_080, MinCenti: -250, MaxCenti: 120, BatchRoot: hash("batch 2")}},
	}
}

type deviceNode struct {
	Address, Kind, KindDisplay, Site, Registrar string
	KindCode, RegisteredBlock                   int
	Patient, RotatedFrom, ReplacedBy            *string
	DeregisteredBy                              *string
	EndedBlock                                  *int
	Active                                      bool
}

const deviceFields = `address kind kindCode kindDisplay site registrar registeredBlock patient rotatedFrom replacedBy deregisteredBy endedBlock active`

type excursionNode struct {
	ExcursionID                         int
	Site, Device, Gateway, BatchRoot    string
	StartedAt, EndedAt, DurationSeconds int
	MinCelsius, MaxCelsius              float64
	AffectedLots                        []string
	AnchorTx                            string
	Block                               int
}

type excursionConn struct {
	Excursions struct {
		TotalCount int
		Edges      []struct {
			Cursor string
			Node   excursionNode
		}
		PageInfo struct{ HasNextPage bool }
	}
}

func TestDevicesAndExcursions(t *testing.T) {
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			e := newEnv(t, kind, graphql.DefaultServerConfig())
			commitEvents(t, e.st, deviceEvents(), 40, 45)

			device := func(a common.Address, block string) *deviceNode {
				var out struct{ Device *deviceNode }
				e.query(t, fmt.Sprintf(`{ device(address: %q%s) { %s } }`, strings.ToUpper(a.Hex()[2:]), block, deviceFields), &out)
				return out.Device
			}
			// The fridge before and after its rotation; the new key inherits it.
			if d := device(fridge, ", block: {number: 41}"); d == nil || !d.Active || d.Kind != "cold-store-sensor" || d.KindCode != 1 ||
				d.KindDisplay != "Cold-store temperature sensor" || d.Site != "RJ1" || d.Patient != nil || d.Registrar != low(trust) {
				t.Fatalf("fridge at 41: %+v", d)
			}
			if d := device(fridge, ""); d == nil || d.Active || d.ReplacedBy == nil || *d.ReplacedBy != low(fridge2) || d.EndedBlock == nil || *d.EndedBlock != 42 {
				t.Fatalf("fridge now: %+v", d)
			}
			if d := device(fridge2, ""); d == nil || !d.Active || d.RotatedFrom == nil || *d.RotatedFrom != low(fridge) || d.Site != "RJ1" ||
				d.KindCode != 1 || d.RegisteredBlock != 42 || d.Registrar != low(trust) {
				t.Fatalf("rotated fridge: %+v", d)
			}
			if d := device(fridge2, ", block: {number: 41}"); d != nil {
				t.Fatalf("the new key existed before its rotation: %+v", d)
			}
			if d := device(oximeter, ""); d == nil || d.Active || d.DeregisteredBy == nil || *d.DeregisteredBy != low(gp) ||
				d.Patient == nil || *d.Patient != low(patient) || d.Kind != "pulse-oximeter" {
				t.Fatalf("oximeter: %+v", d)
			}

			type conn struct {
				Devices struct {
					TotalCount int
					Edges      []struct{ Node deviceNode }
				}
			}
			count := func(args string) int {
				var c conn
				e.query(t, `{ devices`+args+` { totalCount edges { node { `+deviceFields+` } } } }`, &c)
				if len(c.Devices.Edges) != c.Devices.TotalCount {
					t.Fatalf("devices%s: %d edges, totalCount %d", args, len(c.Devices.Edges), c.Devices.TotalCount)
				}
				return c.Devices.TotalCount
			}
			for args, want := range map[string]int{
				"":                        3,
				"(where: {active: true})": 1,
				"(where: {active: true}, block: {number: 41})":                      2,
				"(where: {active: false})":                                          2,
				`(where: {site: {eq: "RJ1"}})`:                                      2,
				`(where: {kind: "pulse-oximeter"})`:                                 1,
				`(where: {kind: "1", active: true})`:                                1,
				fmt.Sprintf(`(where: {patient: {eq: %q}})`, patient.Hex()):          1,
				fmt.Sprintf(`(where: {patient: {eq: %q}})`, common.Address{}.Hex()): 2,
				"(block: {number: 40})":                                             2,
			} {
				if got := count(args); got != want {
					t.Errorf("devices%s: %d, want %d", args, got, want)
				}
			}
			var bad map[string]any
			if err := e.c.Post(`{ devices(where: {kind: "fridge"}) { totalCount } }`, &bad); err == nil || !strings.Contains(err.Error(), "unknown device kind") {
				t.Errorf("unknown kind: %v", err)
			}
			if err := e.c.Post(`{ device(address: "0x12") { active } }`, &bad); err == nil || !strings.Contains(err.Error(), "not a 20-byte hex address") {
				t.Errorf("bad address: %v", err)
			}

			// Excursions, in the order recorded, with time travel and paging.
			var all, then excursionConn
			e.query(t, `{ excursions { totalCount edges { cursor node { excursionId site device gateway batchRoot startedAt endedAt durationSeconds minCelsius maxCelsius affectedLots anchorTx block } } } }`, &all)
			if all.Excursions.TotalCount != 2 || len(all.Excursions.Edges) != 2 {
				t.Fatalf("excursions: %+v", all)
			}
			x1, x2 := all.Excursions.Edges[0].Node, all.Excursions.Edges[1].Node
			if x1.ExcursionID != 1 || x1.Site != "RJ1" || x1.Device != low(fridge) || x1.MinCelsius != 8.1 || x1.MaxCelsius != 9.5 ||
				x1.DurationSeconds != 2400 || strings.Join(x1.AffectedLots, ",") != "FL1234AB,EX9876" || x1.Block != 41 ||
				x1.AnchorTx != strings.ToLower(meta(41, 0).TxHash.Hex()) || x1.BatchRoot != strings.ToLower(hash("batch 1").Hex()) {
				t.Fatalf("first excursion: %+v", x1)
			}
			if x2.ExcursionID != 2 || x2.Device != low(fridge2) || x2.MinCelsius != -2.5 || x2.MaxCelsius != 1.2 || x2.AffectedLots == nil ||
				len(x2.AffectedLots) != 0 {
				t.Fatalf("second excursion: %+v", x2)
			}
			e.query(t, `{ excursions(block: {number: 43}) { totalCount edges { cursor node { excursionId } } pageInfo { hasNextPage } } }`, &then)
			if then.Excursions.TotalCount != 1 || then.Excursions.Edges[0].Node.ExcursionID != 1 {
				t.Fatalf("excursions at 43: %+v", then)
			}
			var page1, page2 excursionConn
			e.query(t, `{ excursions(first: 1) { edges { cursor node { excursionId } } pageInfo { hasNextPage } } }`, &page1)
			if len(page1.Excursions.Edges) != 1 || !page1.Excursions.PageInfo.HasNextPage {
				t.Fatalf("page 1: %+v", page1)
			}
			e.query(t, fmt.Sprintf(`{ excursions(first: 1, after: %q, where: {site: {eq: "RJ1"}}) { edges { node { excursionId } } pageInfo { hasNextPage } } }`,
				page1.Excursions.Edges[0].Cursor), &page2)
			if len(page2.Excursions.Edges) != 1 || page2.Excursions.Edges[0].Node.ExcursionID != 2 || page2.Excursions.PageInfo.HasNextPage {
				t.Fatalf("page 2: %+v", page2)
			}
		})
	}
}
